#!/usr/bin/env python3
"""Writes src/test/resources/realistic-specs/<case>/{old,new}.json and verdict.json: OpenAPI 3.0 and 3.1 pairs
written for this project in the style of real APIs (an orders service with shared components, parameters and
request bodies by $ref, path-level parameters, wildcard and default responses, several media types, readOnly
and writeOnly, security, servers). "verdict" is "breaks" (some ERROR is due), "compatible" (none may be) or
"either". Run from schemagate-core: python3 src/test/fixtures-src/realistic_spec_pairs.py"""
import copy, json, os, shutil

ROOT = os.path.join(os.path.dirname(__file__), "..", "resources", "realistic-specs")
CASES = {}


def ref(name, kind="schemas"):
    return {"$ref": "#/components/%s/%s" % (kind, name)}


def json_content(schema, *more):
    out = {"application/json": {"schema": schema}}
    for media in more:
        out[media] = {"schema": schema}
    return out


def base(version):
    v31 = version.startswith("3.1")
    nullable_note = {"type": ["string", "null"]} if v31 else {"type": "string", "nullable": True}
    spec = {
        "openapi": version,
        "info": {"title": "Orders", "version": "2.4.0", "description": "Orders of the shop."},
        "servers": [{"url": "https://api.example.com/v2"}],
        "security": [{"bearer": []}],
        "tags": [{"name": "orders"}],
        "paths": {
            "/orders": {
                "parameters": [ref("RequestId", "parameters")],
                "get": {
                    "operationId": "listOrders", "tags": ["orders"],
                    "parameters": [ref("PageSize", "parameters"), ref("Cursor", "parameters"),
                                   {"name": "status", "in": "query", "schema": ref("Status")}],
                    "responses": {
                        "200": {"description": "a page of orders",
                                "content": json_content(ref("OrderPage"), "application/x-ndjson")},
                        "4XX": ref("Problem", "responses"),
                        "default": ref("Problem", "responses")}},
                "post": {
                    "operationId": "createOrder", "tags": ["orders"],
                    "requestBody": ref("NewOrder", "requestBodies"),
                    "responses": {
                        "201": {"description": "created", "content": json_content(ref("Order"))},
                        "4XX": ref("Problem", "responses")}}},
            "/orders/{orderId}": {
                "parameters": [ref("OrderId", "parameters")],
                "get": {"operationId": "getOrder",
                        "responses": {"200": {"description": "the order", "content": json_content(ref("Order"))},
                                      "404": ref("Problem", "responses")}},
                "patch": {"operationId": "updateOrder",
                          "requestBody": {"required": True,
                                          "content": {"application/merge-patch+json": {"schema": ref("OrderPatch")}}},
                          "responses": {"200": {"description": "updated", "content": json_content(ref("Order"))},
                                        "default": ref("Problem", "responses")}},
                "delete": {"operationId": "cancelOrder", "responses": {"204": {"description": "cancelled"}}}},
            "/categories": {
                "get": {"operationId": "listCategories", "security": [],
                        "responses": {"200": {"description": "the category tree",
                                              "content": json_content({"type": "array", "items": ref("Category")})}}}},
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
                                "oauth": {"type": "oauth2", "flows": {"clientCredentials": {
                                    "tokenUrl": "https://auth.example.com/token",
                                    "scopes": {"orders:read": "read", "orders:write": "write"}}}}},
            "parameters": {
                "RequestId": {"name": "X-Request-Id", "in": "header", "required": False,
                              "schema": {"type": "string", "format": "uuid"}},
                "PageSize": {"name": "limit", "in": "query", "schema": {"type": "integer", "format": "int32",
                                                                        "minimum": 1, "maximum": 100, "default": 20}},
                "Cursor": {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                "OrderId": {"name": "orderId", "in": "path", "required": True,
                            "schema": {"type": "string", "format": "uuid"}}},
            "requestBodies": {"NewOrder": {"required": True, "content": json_content(ref("Order"))}},
            "responses": {"Problem": {"description": "a problem",
                                      "content": {"application/problem+json": {"schema": ref("Problem")}}}},
            "schemas": {
                "Status": {"type": "string", "enum": ["pending", "paid", "shipped", "cancelled"]},
                "Money": {"type": "object", "required": ["amount", "currency"],
                          "properties": {"amount": {"type": "string", "pattern": "^-?[0-9]+(\\.[0-9]{1,2})?$"},
                                         "currency": {"type": "string", "minLength": 3, "maxLength": 3}}},
                "Line": {"type": "object", "required": ["sku", "quantity"],
                         "properties": {"sku": {"type": "string", "maxLength": 32},
                                        "quantity": {"type": "integer", "minimum": 1},
                                        "unitPrice": ref("Money")}},
                "Order": {"type": "object", "required": ["lines"],
                          "properties": {
                              "id": {"type": "string", "format": "uuid", "readOnly": True},
                              "status": ref("Status"),
                              "createdAt": {"type": "string", "format": "date-time", "readOnly": True},
                              "lines": {"type": "array", "minItems": 1, "items": ref("Line")},
                              "note": nullable_note,
                              "couponCode": {"type": "string", "writeOnly": True},
                              "total": ref("Money")}},
                "OrderPatch": {"type": "object", "properties": {"note": nullable_note, "status": ref("Status")}},
                "OrderPage": {"type": "object", "required": ["items"],
                              "properties": {"items": {"type": "array", "items": ref("Order")},
                                             "next": {"type": "string"}}},
                "Category": {"type": "object", "required": ["name"],
                             "properties": {"name": {"type": "string"},
                                            "children": {"type": "array", "items": ref("Category")}}},
                "Problem": {"type": "object", "properties": {"type": {"type": "string", "format": "uri"},
                                                             "title": {"type": "string"},
                                                             "status": {"type": "integer"}}},
            },
        },
    }
    return spec


def case(name, change, verdict, versions=("3.0.3", "3.1.0")):
    for version in versions:
        old = base(version)
        new = copy.deepcopy(old)
        change(new, version.startswith("3.1"))
        CASES["%s-%s" % (name, "31" if version.startswith("3.1") else "30")] = (old, new, verdict)


S = lambda spec: spec["components"]["schemas"]
P = lambda spec: spec["components"]["parameters"]


def nothing(s, v31): pass
case("identical", nothing, "compatible")


def docs_only(s, v31):
    s["info"]["description"] = "Orders of the shop, v2."
    s["info"]["version"] = "2.5.0"
    s["servers"] = [{"url": "https://api.example.com/v2"}, {"url": "https://eu.api.example.com/v2"}]
    s["paths"]["/orders"]["get"]["summary"] = "List orders"
    s["paths"]["/orders"]["get"]["deprecated"] = True
    S(s)["Order"]["description"] = "An order."
    S(s)["Order"]["properties"]["lines"]["description"] = "At least one line."
    S(s)["Money"]["example"] = {"amount": "1.00", "currency": "EUR"}
case("docs-servers-deprecated", docs_only, "compatible")


def readonly_required_added(s, v31):
    S(s)["Order"]["properties"]["updatedAt"] = {"type": "string", "format": "date-time", "readOnly": True}
    S(s)["Order"]["required"] = ["lines", "id", "updatedAt"]
case("readonly-required-added", readonly_required_added, "compatible")


def writeonly_required_added(s, v31):
    S(s)["Order"]["properties"]["paymentToken"] = {"type": "string", "writeOnly": True}
    S(s)["Order"]["required"] = ["lines", "paymentToken"]
case("writeonly-required-added", writeonly_required_added, "breaks")


def response_nullable(s, v31):
    S(s)["Problem"]["properties"]["title"] = {"type": ["string", "null"]} if v31 else {"type": "string", "nullable": True}
case("problem-title-nullable", response_nullable, "either")  # old clients reading title may reject null


def request_only_nullable(s, v31):
    S(s)["OrderPatch"]["properties"]["status"] = {"anyOf": [ref("Status"), {"type": "null"}]} if v31 else \
        {"allOf": [ref("Status")], "nullable": True}
case("patch-status-nullable", request_only_nullable, "compatible")


def page_size_lowered(s, v31):
    P(s)["PageSize"]["schema"]["maximum"] = 50
case("page-size-max-lowered", page_size_lowered, "breaks")


def page_size_raised(s, v31):
    P(s)["PageSize"]["schema"]["maximum"] = 500
case("page-size-max-raised", page_size_raised, "compatible")


def header_required(s, v31):
    s["paths"]["/orders"]["parameters"].append({"name": "Idempotency-Key", "in": "header", "required": True,
                                                "schema": {"type": "string"}})
case("path-level-header-required-added", header_required, "breaks")


def header_optional(s, v31):
    s["paths"]["/orders"]["parameters"].append({"name": "Idempotency-Key", "in": "header",
                                                "schema": {"type": "string"}})
case("path-level-header-optional-added", header_optional, "compatible")


def path_param_pushed_down(s, v31):
    item = s["paths"]["/orders/{orderId}"]
    p = item.pop("parameters")
    for op in ("get", "patch", "delete"):
        item[op]["parameters"] = copy.deepcopy(p)
case("path-parameter-moved-to-operations", path_param_pushed_down, "compatible")


def param_inlined(s, v31):
    get = s["paths"]["/orders"]["get"]
    get["parameters"][0] = copy.deepcopy(P(s)["PageSize"])
case("parameter-ref-inlined", param_inlined, "compatible")


def body_inlined(s, v31):
    s["paths"]["/orders"]["post"]["requestBody"] = copy.deepcopy(s["components"]["requestBodies"]["NewOrder"])
case("request-body-ref-inlined", body_inlined, "compatible")


def body_media_added(s, v31):
    s["components"]["requestBodies"]["NewOrder"]["content"]["application/xml"] = {"schema": ref("Order")}
case("request-media-type-added", body_media_added, "compatible")


def body_media_removed(s, v31):
    s["paths"]["/orders/{orderId}"]["patch"]["requestBody"]["content"] = {"application/json": {"schema": ref("OrderPatch")}}
case("request-media-type-replaced", body_media_removed, "breaks")


def response_404_added(s, v31):
    s["paths"]["/orders/{orderId}"]["delete"]["responses"]["404"] = ref("Problem", "responses")
case("response-404-added", response_404_added, "compatible")


def response_narrowed(s, v31):
    S(s)["Problem"]["properties"]["status"] = {"type": "integer", "minimum": 100, "maximum": 599}
case("response-only-schema-narrowed", response_narrowed, "compatible")


def line_sku_narrowed(s, v31):
    S(s)["Line"]["properties"]["sku"]["maxLength"] = 16
case("shared-line-sku-narrowed", line_sku_narrowed, "breaks")


def response_required_dropped(s, v31):
    S(s)["OrderPage"]["required"] = []
    del S(s)["OrderPage"]["required"]
case("response-required-dropped", response_required_dropped, "breaks")


def request_required_added(s, v31):
    S(s)["Line"]["required"] = ["sku", "quantity", "unitPrice"]
case("line-unit-price-required", request_required_added, "breaks")


def security_added_to_public(s, v31):
    del s["paths"]["/categories"]["get"]["security"]
case("public-operation-secured", security_added_to_public, "breaks")


def security_alternative(s, v31):
    s["security"] = [{"bearer": []}, {"oauth": ["orders:read"]}]
case("security-alternative-added", security_alternative, "compatible")


def op_removed(s, v31):
    del s["paths"]["/orders/{orderId}"]["delete"]
case("operation-removed", op_removed, "breaks")


def op_added(s, v31):
    s["paths"]["/orders/{orderId}/refund"] = {"parameters": [ref("OrderId", "parameters")], "post": {"operationId": "refund", "responses": {"202": {"description": "ok"}}}}
case("operation-added", op_added, "compatible")


def path_template_renamed(s, v31):
    item = s["paths"].pop("/orders/{orderId}")
    s["paths"]["/orders/{id}"] = item
    item["parameters"] = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}}]
case("path-template-variable-renamed", path_template_renamed, "compatible")


def schema_renamed(s, v31):
    text = json.dumps(s).replace("#/components/schemas/Line", "#/components/schemas/OrderLine")
    s.clear()
    s.update(json.loads(text))
    S(s)["OrderLine"] = S(s).pop("Line")
case("component-schema-renamed", schema_renamed, "compatible")


def category_max_items_response(s, v31):
    S(s)["Category"]["properties"]["children"]["maxItems"] = 50
case("recursive-response-max-items", category_max_items_response, "compatible")


def status_value_added(s, v31):
    S(s)["Status"]["enum"].append("refunded")
case("shared-enum-value-added", status_value_added, "either")  # WARNING by the response rule


def status_value_removed(s, v31):
    S(s)["Status"]["enum"].remove("cancelled")
case("shared-enum-value-removed", status_value_removed, "breaks")


def quantity_widened(s, v31):
    S(s)["Line"]["properties"]["quantity"] = {"type": "integer", "minimum": 1, "format": "int64"}
case("format-int64-annotation", quantity_widened, "compatible")


def header_case(s, v31):
    P(s)["RequestId"]["name"] = "x-request-id"
case("header-name-case-changed", header_case, "compatible")


def page_size_required(s, v31):
    P(s)["PageSize"]["required"] = True
case("query-parameter-made-required", page_size_required, "breaks")


def page_size_number(s, v31):
    P(s)["PageSize"]["schema"]["type"] = "number"
case("query-parameter-integer-to-number", page_size_number, "compatible")


def order_flattened(s, v31):
    order = S(s)["Order"]
    S(s)["Order"] = {"allOf": [{"type": "object", "required": ["lines"],
                                "properties": {k: v for k, v in order["properties"].items() if k in ("id", "lines")}},
                               {"type": "object",
                                "properties": {k: v for k, v in order["properties"].items() if k not in ("id", "lines")}}]}
case("order-split-into-allof", order_flattened, "compatible")


def discriminated_payment(s, v31):
    S(s)["Card"] = {"type": "object", "required": ["method", "last4"],
                    "properties": {"method": {"type": "string", "enum": ["card"]}, "last4": {"type": "string"}}}
    S(s)["Transfer"] = {"type": "object", "required": ["method", "iban"],
                        "properties": {"method": {"type": "string", "enum": ["transfer"]}, "iban": {"type": "string"}}}
    S(s)["Order"]["properties"]["payment"] = {"oneOf": [ref("Card"), ref("Transfer")],
                                              "discriminator": {"propertyName": "method",
                                                                "mapping": {"card": "#/components/schemas/Card",
                                                                            "transfer": "#/components/schemas/Transfer"}}}


def payment_variant_added(s, v31):
    discriminated_payment(s, v31)
    S(s)["Wallet"] = {"type": "object", "required": ["method"],
                      "properties": {"method": {"type": "string", "enum": ["wallet"]}}}
    S(s)["Order"]["properties"]["payment"]["oneOf"].append(ref("Wallet"))
    S(s)["Order"]["properties"]["payment"]["discriminator"]["mapping"]["wallet"] = "#/components/schemas/Wallet"
CASES_WITH_BASE = []


def case_from(name, base_change, change, verdict):
    for version in ("3.0.3", "3.1.0"):
        old = base(version)
        base_change(old, version.startswith("3.1"))
        new = copy.deepcopy(base(version))
        change(new, version.startswith("3.1"))
        CASES["%s-%s" % (name, "31" if version.startswith("3.1") else "30")] = (old, new, verdict)


case_from("discriminator-variant-added", discriminated_payment, payment_variant_added, "either")  # responses may carry it
case_from("discriminator-unchanged", discriminated_payment, discriminated_payment, "compatible")


def webhooks_only(s, v31):
    s["webhooks"] = {"orderPaid": {"post": {"requestBody": {"content": json_content(ref("Order"))},
                                            "responses": {"200": {"description": "ack"}}}}}
case("webhook-added", webhooks_only, "compatible", versions=("3.1.0",))


def cookie_param(s, v31):
    s["paths"]["/orders"]["get"]["parameters"].append({"name": "session", "in": "cookie", "schema": {"type": "string"}})
case("cookie-parameter-added", cookie_param, "compatible")


def wildcard_to_explicit(s, v31):
    r = s["paths"]["/orders"]["get"]["responses"]
    r["400"] = r.pop("4XX")
case("wildcard-response-made-explicit", wildcard_to_explicit, "compatible")


def explicit_to_wildcard(s, v31):
    r = s["paths"]["/orders/{orderId}"]["get"]["responses"]
    r["4XX"] = r.pop("404")
case("explicit-response-folded-into-wildcard", explicit_to_wildcard, "compatible")


def wildcard_to_other_body(s, v31):
    r = s["paths"]["/orders"]["get"]["responses"]
    r.pop("4XX")
    r["400"] = {"description": "bad request", "content": {"application/problem+json": {"schema": {
        "type": "object", "required": ["code"], "properties": {"code": {"type": "integer"}, "title": {"type": "integer"}}}}}}
case("wildcard-response-made-explicit-other-body", wildcard_to_other_body, "breaks")


def success_removed(s, v31):
    r = s["paths"]["/orders"]["post"]["responses"]
    r["202"] = {"description": "accepted"}
    del r["201"]
case("success-response-replaced", success_removed, "breaks")


def migrate_30_to_31(s, v31):
    if v31:
        return
    text = json.dumps(s)
    s.clear()
    s.update(json.loads(text))
    s["openapi"] = "3.1.0"
    S(s)["Order"]["properties"]["note"] = {"type": ["string", "null"]}
    S(s)["OrderPatch"]["properties"]["note"] = {"type": ["string", "null"]}
    P(s)["PageSize"]["schema"]["exclusiveMinimum"] = 0
    del P(s)["PageSize"]["schema"]["minimum"]
case("migrated-30-to-31", migrate_30_to_31, "compatible", versions=("3.0.3",))


def scheme_renamed(s, v31):
    text = json.dumps(s).replace('"bearer": []', '"BearerAuth": []')
    s.clear()
    s.update(json.loads(text))
    s["components"]["securitySchemes"]["BearerAuth"] = s["components"]["securitySchemes"].pop("bearer")
case("security-scheme-renamed", scheme_renamed, "compatible")


def scope_dropped(s, v31):
    s["security"] = [{"bearer": []}, {"oauth": ["orders:read", "orders:write"]}]
case_from("security-scope-dropped", scope_dropped, lambda s, v31: s.update(
    {"security": [{"bearer": []}, {"oauth": ["orders:read"]}]}), "compatible")


def ref_siblings_31(s, v31):
    s["paths"]["/orders"]["get"]["parameters"][0] = {"$ref": "#/components/parameters/PageSize",
                                                     "description": "how many orders per page"}
    s["paths"]["/orders/{orderId}"]["get"]["responses"]["404"] = {"$ref": "#/components/responses/Problem",
                                                                  "summary": "no such order"}
case("ref-siblings-described", ref_siblings_31, "compatible", versions=("3.1.0",))


def path_param_overridden(s, v31):
    s["paths"]["/orders/{orderId}"]["get"]["parameters"] = [{"name": "orderId", "in": "path", "required": True,
                                                             "schema": {"type": "string"}}]
case("path-parameter-overridden-wider", path_param_overridden, "compatible")


def path_param_overridden_narrower(s, v31):
    s["paths"]["/orders/{orderId}"]["get"]["parameters"] = [{"name": "orderId", "in": "path", "required": True,
                                                             "schema": {"type": "string", "format": "uuid",
                                                                        "maxLength": 8}}]
case("path-parameter-overridden-narrower", path_param_overridden_narrower, "breaks")


def body_optional(s, v31):
    s["components"]["requestBodies"]["NewOrder"]["required"] = False
case("request-body-made-optional", body_optional, "compatible")


def nullable_ref_response(s, v31):
    S(s)["Order"]["properties"]["total"] = {"anyOf": [ref("Money"), {"type": "null"}]} if v31 else \
        {"allOf": [ref("Money")], "nullable": True}
case("response-ref-made-nullable", nullable_ref_response, "breaks", versions=("3.1.0",))
# OpenAPI 3.0.3: nullable adds null only beside an explicit type, so {allOf: [Money], nullable: true} still rejects null
case("response-ref-made-nullable", nullable_ref_response, "either", versions=("3.0.3",))


def anonymous_allowed(s, v31):
    s["paths"]["/orders"]["get"]["security"] = [{"bearer": []}, {}]
case("anonymous-alternative-added", anonymous_allowed, "compatible")
case_from("anonymous-alternative-removed", anonymous_allowed, nothing, "breaks")


def int64_bounds(s, v31):
    S(s)["Line"]["properties"]["quantity"] = {"type": "integer", "format": "int64", "minimum": 1,
                                              "maximum": 9223372036854775807}
case("int64-maximum-literal", int64_bounds, "either")  # 2^63 was valid before: a proven break, if a pedantic one


def examples_changed(s, v31):
    if v31:
        S(s)["Money"]["examples"] = [{"amount": "9.99", "currency": "EUR"}]
    else:
        S(s)["Money"]["example"] = {"amount": "9.99", "currency": "EUR"}
    s["paths"]["/orders"]["post"]["requestBody"] = {"required": True, "content": {"application/json": {
        "schema": ref("Order"), "examples": {"small": {"value": {"lines": [{"sku": "A1", "quantity": 1}]}}}}}}
case("examples-added", examples_changed, "compatible")


def request_media_wildcard(s, v31):
    s["components"]["requestBodies"]["NewOrder"]["content"] = {"application/*": {"schema": ref("Order")}}
case("request-media-type-widened-to-wildcard", request_media_wildcard, "compatible")


def request_media_charset(s, v31):
    s["components"]["requestBodies"]["NewOrder"]["content"] = {"application/json; charset=utf-8": {"schema": ref("Order")}}
case("request-media-type-charset-added", request_media_charset, "compatible")


def request_media_wildcard_narrowed(s, v31):
    S(s)["Line"]["properties"]["sku"]["maxLength"] = 16
    s["components"]["requestBodies"]["NewOrder"]["content"] = {"application/*": {"schema": ref("Order")}}
case("request-media-type-wildcard-schema-narrowed", request_media_wildcard_narrowed, "breaks")


def big(version, paths):
    spec = base(version)
    for i in range(paths):
        name = "Resource%d" % i
        S(spec)[name] = {"type": "object", "required": ["id"], "properties": {
            "id": {"type": "string", "readOnly": True}, "name": {"type": "string", "maxLength": 80},
            "labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "size": {"type": "integer", "minimum": 0}, "parent": ref("Resource%d" % max(0, i - 1))}}
        spec["paths"]["/r%d" % i] = {"get": {"operationId": "list%d" % i, "parameters": [ref("PageSize", "parameters")],
                                             "responses": {"200": {"description": "ok", "content": json_content(
                                                 {"type": "array", "items": ref(name)})}}},
                                     "post": {"operationId": "create%d" % i,
                                              "requestBody": {"content": json_content(ref(name))},
                                              "responses": {"201": {"description": "ok", "content": json_content(ref(name))}}}}
    return spec


for version in ("3.0.3", "3.1.0"):
    old = big(version, 120)
    new = copy.deepcopy(old)
    S(new)["Resource77"]["properties"]["name"]["maxLength"] = 40
    CASES["large-spec-deep-narrowed-%s" % ("31" if version.startswith("3.1") else "30")] = (old, new, "breaks")
    same = copy.deepcopy(old)
    S(same)["Resource3"]["description"] = "the third resource"
    CASES["large-spec-described-%s" % ("31" if version.startswith("3.1") else "30")] = (old, same, "compatible")


if __name__ == "__main__":
    # the yaml-* pairs (old.yaml/new.yaml: extensions, YAML anchors, unquoted status codes) are written by hand
    for old in os.listdir(ROOT) if os.path.isdir(ROOT) else []:
        if os.path.exists(os.path.join(ROOT, old, "old.json")):
            shutil.rmtree(os.path.join(ROOT, old))
    for name, (old, new, verdict) in CASES.items():
        d = os.path.join(ROOT, name)
        os.makedirs(d)
        for file, doc in (("old.json", old), ("new.json", new), ("verdict.json", {"verdict": verdict})):
            with open(os.path.join(d, file), "w") as f:
                json.dump(doc, f, indent=2)
                f.write("\n")
    print(len(CASES), "pairs")
