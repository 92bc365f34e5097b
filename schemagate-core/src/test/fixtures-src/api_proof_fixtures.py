#!/usr/bin/env python3
"""Writes the OpenAPI proof fixtures under src/test/resources/openapi-compat/proof-*/ (old.json, new.json,
verdict.json). verdict.json: "errors" and "warnings", the exact sets of rule ids reported at that severity
("clean" pairs have neither), and "proven": the schema rules among the errors whose findings must carry a
witness networknt proved. Every ERROR of a request, response or parameter schema must carry a witness
networknt proved. Run from schemagate-core: python3 src/test/fixtures-src/api_proof_fixtures.py
"""
import copy, json, os, shutil

ROOT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'openapi-compat')
cases = []

def spec(version, pet, limit=None, request=None, response=None):
    limit = limit or {"type": "integer", "minimum": 1, "maximum": 100}
    return {
        "openapi": version, "info": {"title": "Pets", "version": "1.0.0"},
        "paths": {
            "/pets": {
                "get": {"operationId": "listPets",
                        "parameters": [{"name": "limit", "in": "query", "required": False, "schema": limit}],
                        "responses": {"200": {"description": "the pets", "content": {"application/json": {
                            "schema": response or {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}}}}},
                "post": {"operationId": "createPet",
                         "requestBody": {"required": True, "content": {"application/json": {
                             "schema": request or {"$ref": "#/components/schemas/Pet"}}}},
                         "responses": {"201": {"description": "created", "content": {"application/json": {
                             "schema": {"$ref": "#/components/schemas/Pet"}}}}}}}},
        "components": {"schemas": {"Pet": pet,
                                   "Cat": {"type": "object", "required": ["meow"], "properties": {"meow": {"type": "boolean"}}},
                                   "Dog": {"type": "object", "required": ["bark"], "properties": {"bark": {"type": "integer"}}},
                                   "Fish": {"type": "object", "required": ["fins"], "properties": {"fins": {"type": "integer"}}},
                                   "Id": {"type": "string", "readOnly": True}}}}

def pet(required=("name",), **props):
    p = {"name": {"type": "string"}}
    p.update(props)
    return {"type": "object", "required": list(required), "properties": p}

REQ_RULE, RESP_RULE, PARAM_RULE = "openapi.request.incompatible", "openapi.response.incompatible", "openapi.parameter.changed"

def case(name, old, new, errors=(), warnings=()):
    proven = sorted(set(errors) & {REQ_RULE, RESP_RULE, PARAM_RULE})
    cases.append((name, old, new, {"errors": sorted(set(errors)), "warnings": sorted(set(warnings)), "proven": proven}))

RO = {"type": "string", "readOnly": True}
WO = {"type": "string", "writeOnly": True}
REQ = "openapi.request.incompatible"
RESP = "openapi.response.incompatible"
for v, tag in [("3.0.3", "30"), ("3.1.0", "31")]:
    S = lambda *a, **k: spec(v, *a, **k)
    # readOnly / writeOnly: the everyday id / password pattern
    case(f"proof-readonly-made-required-{tag}", S(pet(id=RO)), S(pet(("id", "name"), id=RO)))
    case(f"proof-readonly-ref-made-required-{tag}", S(pet(id={"$ref": "#/components/schemas/Id"})),
         S(pet(("id", "name"), id={"$ref": "#/components/schemas/Id"})))
    case(f"proof-plain-made-required-{tag}", S(pet(id={"type": "string"})), S(pet(("id", "name"), id={"type": "string"})),
         errors=[REQ])
    case(f"proof-writeonly-removed-{tag}", S(pet(password=WO)), S(pet()))
    case(f"proof-plain-removed-from-response-{tag}", S(pet(password={"type": "string"})), S(pet()), errors=[RESP])
    case(f"proof-writeonly-made-required-{tag}", S(pet(password=WO)), S(pet(("name", "password"), password=WO)),
         errors=[REQ])
    case(f"proof-readonly-type-changed-{tag}", S(pet(id=RO)), S(pet(id={"type": "integer", "readOnly": True})),
         errors=[RESP])
    case(f"proof-writeonly-type-changed-{tag}", S(pet(password=WO)), S(pet(password={"type": "integer", "writeOnly": True})),
         errors=[REQ])
    # a parameter's default
    case(f"proof-parameter-default-changed-{tag}", S(pet(), limit={"type": "integer", "default": 20}),
         S(pet(), limit={"type": "integer", "default": 50}), warnings=["openapi.parameter.default-changed"])
    case(f"proof-parameter-default-added-{tag}", S(pet(), limit={"type": "integer"}),
         S(pet(), limit={"type": "integer", "default": 10}), warnings=["openapi.parameter.default-changed"])
    case(f"proof-parameter-default-same-{tag}", S(pet(), limit={"type": "integer", "default": 20}),
         S(pet(), limit={"type": "integer", "default": 20, "description": "page size"}))
    # composition members matched by content
    cat, dog, fish = ({"$ref": f"#/components/schemas/{n}"} for n in ("Cat", "Dog", "Fish"))
    case(f"proof-request-oneof-reordered-{tag}", S(pet(), request={"oneOf": [cat, dog]}), S(pet(), request={"oneOf": [dog, cat]}))
    case(f"proof-response-anyof-reordered-{tag}", S(pet(), response={"anyOf": [cat, dog]}), S(pet(), response={"anyOf": [dog, cat]}))
    case(f"proof-response-allof-reordered-{tag}", S(pet(), response={"allOf": [cat, dog]}), S(pet(), response={"allOf": [dog, cat]}))
    case(f"proof-request-anyof-branch-added-{tag}", S(pet(), request={"anyOf": [cat, dog]}),
         S(pet(), request={"anyOf": [cat, dog, fish]}))
    case(f"proof-response-anyof-branch-added-{tag}", S(pet(), response={"anyOf": [cat, dog]}),
         S(pet(), response={"anyOf": [cat, dog, fish]}), errors=[RESP])
    case(f"proof-request-anyof-branch-removed-{tag}", S(pet(), request={"anyOf": [cat, dog, fish]}),
         S(pet(), request={"anyOf": [cat, dog]}), errors=[REQ])
    case(f"proof-response-anyof-branch-removed-{tag}", S(pet(), response={"anyOf": [cat, dog, fish]}),
         S(pet(), response={"anyOf": [dog, cat]}))
    inline = [{"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}},
              {"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}}}]
    case(f"proof-request-inline-oneof-reordered-{tag}", S(pet(), request={"oneOf": inline}),
         S(pet(), request={"oneOf": list(reversed(inline))}))
    case(f"proof-request-required-into-allof-{tag}", S({"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}),
         S({"type": "object", "properties": {"name": {"type": "string"}}, "allOf": [{"required": ["name"]}]}))
# 3.1 only: type arrays
case("proof-response-type-array-as-anyof-31", spec("3.1.0", pet(tag={"type": ["string", "null"], "maxLength": 10})),
     spec("3.1.0", pet(tag={"anyOf": [{"type": "null"}, {"type": "string", "maxLength": 10}]})))
case("proof-response-null-added-31", spec("3.1.0", pet(tag={"type": "string"})),
     spec("3.1.0", pet(tag={"type": ["string", "null"]})), errors=[RESP])


# --- issue 12 item 5, second round: access views and defaults in more shapes, composition in requests and responses
def closed(p):
    p = copy.deepcopy(p)
    p["additionalProperties"] = False
    return p

def with_params(s, *params, components=None):
    s = copy.deepcopy(s)
    s["paths"]["/pets"]["get"]["parameters"] = list(params)
    if components:
        s["components"]["parameters"] = components
    return s

TS = {"type": "string", "format": "date-time", "readOnly": True}
for v, tag in [("3.0.3", "30"), ("3.1.0", "31")]:
    S = lambda *a, **k: spec(v, *a, **k)
    ID = {"$ref": "#/components/schemas/Id"}
    # the everyday id / createdAt pattern: one Pet for requests and responses
    case(f"proof-readonly-id-createdat-added-{tag}", S(pet()), S(pet(("id", "createdAt", "name"), id=RO, createdAt=TS)))
    case(f"proof-readonly-id-createdat-required-{tag}", S(pet(id=RO, createdAt=TS)),
         S(pet(("id", "createdAt", "name"), id=RO, createdAt=TS)))
    case(f"proof-readonly-removed-optional-{tag}", S(pet(id=RO)), S(pet()), errors=[RESP])
    case(f"proof-readonly-required-made-optional-{tag}", S(pet(("id", "name"), id=RO)), S(pet(id=RO)), errors=[RESP])
    case(f"proof-readonly-flag-removed-from-required-{tag}", S(pet(("id", "name"), id=RO)),
         S(pet(("id", "name"), id={"type": "string"})), errors=[REQ])
    case(f"proof-readonly-flag-added-to-required-{tag}", S(pet(("id", "name"), id={"type": "string"})),
         S(pet(("id", "name"), id=RO)))
    case(f"proof-readonly-narrowed-{tag}", S(pet(id=RO)), S(pet(id={"type": "string", "maxLength": 36, "readOnly": True})))
    case(f"proof-readonly-widened-{tag}", S(pet(id={"type": "string", "maxLength": 36, "readOnly": True})), S(pet(id=RO)),
         errors=[RESP])
    case(f"proof-readonly-ref-removed-from-required-{tag}", S(pet(("id", "name"), id=ID)),
         S(pet(("id", "name"), id={"type": "string"})), errors=[REQ])
    case(f"proof-readonly-allof-ref-made-required-{tag}", S(pet(id={"allOf": [ID]})), S(pet(("id", "name"), id={"allOf": [ID]})))
    case(f"proof-readonly-nested-made-required-{tag}",
         S(pet(owner={"type": "object", "properties": {"id": RO, "email": {"type": "string"}}})),
         S(pet(owner={"type": "object", "required": ["id"], "properties": {"id": RO, "email": {"type": "string"}}})))
    case(f"proof-readonly-in-items-made-required-{tag}",
         S(pet(tags={"type": "array", "items": {"type": "object", "properties": {"id": RO, "label": {"type": "string"}}}})),
         S(pet(tags={"type": "array", "items": {"type": "object", "required": ["id"],
                                                 "properties": {"id": RO, "label": {"type": "string"}}}})))
    case(f"proof-readonly-removed-closed-{tag}", S(closed(pet(id=RO))), S(closed(pet())))
    case(f"proof-readonly-added-closed-{tag}", S(closed(pet())), S(closed(pet(id=RO))), errors=[RESP])
    case(f"proof-writeonly-added-closed-{tag}", S(closed(pet())), S(closed(pet(password=WO))))
    case(f"proof-writeonly-removed-closed-{tag}", S(closed(pet(password=WO))), S(closed(pet())), errors=[REQ])
    case(f"proof-writeonly-flag-removed-{tag}", S(pet(password=WO)), S(pet(password={"type": "string"})))
    case(f"proof-writeonly-required-made-optional-{tag}", S(pet(("name", "password"), password=WO)), S(pet(password=WO)))
    case(f"proof-writeonly-narrowed-{tag}", S(pet(password=WO)),
         S(pet(password={"type": "string", "minLength": 12, "writeOnly": True})), errors=[REQ])
    case(f"proof-writeonly-widened-{tag}", S(pet(password={"type": "string", "minLength": 12, "writeOnly": True})),
         S(pet(password=WO)))
    # a parameter's default
    case(f"proof-parameter-default-removed-{tag}", S(pet(), limit={"type": "integer", "default": 20}),
         S(pet(), limit={"type": "integer"}), warnings=["openapi.parameter.default-changed"])
    sort = lambda d: {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"], "default": d}}
    case(f"proof-parameter-enum-default-changed-{tag}", with_params(S(pet()), sort("asc")), with_params(S(pet()), sort("desc")),
         warnings=["openapi.parameter.default-changed"])
    ref = {"$ref": "#/components/parameters/Limit"}
    lim = lambda d: {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "default": d}}}
    case(f"proof-parameter-ref-default-changed-{tag}", with_params(S(pet()), ref, components=lim(20)),
         with_params(S(pet()), ref, components=lim(25)), warnings=["openapi.parameter.default-changed"])
    hdr = lambda d: {"name": "X-Page-Size", "in": "header", "schema": {"type": "integer", "default": d}}
    case(f"proof-parameter-header-default-changed-{tag}", with_params(S(pet()), hdr(10)), with_params(S(pet()), hdr(100)),
         warnings=["openapi.parameter.default-changed"])
    case(f"proof-parameter-default-changed-and-narrowed-{tag}", S(pet(), limit={"type": "integer", "default": 20}),
         S(pet(), limit={"type": "integer", "maximum": 50, "default": 10}),
         errors=["openapi.parameter.changed"], warnings=["openapi.parameter.default-changed"])
    # composition: members reordered, branches added in requests and responses
    cat, dog, fish = ({"$ref": f"#/components/schemas/{n}"} for n in ("Cat", "Dog", "Fish"))
    case(f"proof-request-anyof-reordered-{tag}", S(pet(), request={"anyOf": [cat, dog, fish]}),
         S(pet(), request={"anyOf": [fish, cat, dog]}))
    case(f"proof-response-oneof-reordered-{tag}", S(pet(), response={"oneOf": [cat, dog]}), S(pet(), response={"oneOf": [dog, cat]}))
    case(f"proof-request-allof-reordered-{tag}", S(pet(), request={"allOf": [cat, dog]}), S(pet(), request={"allOf": [dog, cat]}))
    case(f"proof-request-inline-anyof-branch-added-{tag}", S(pet(), request={"anyOf": inline[:1]}),
         S(pet(), request={"anyOf": inline}))
    case(f"proof-response-inline-anyof-branch-added-{tag}", S(pet(), response={"anyOf": inline[:1]}),
         S(pet(), response={"anyOf": inline}), errors=[RESP])
    case(f"proof-response-inline-anyof-branch-added-first-{tag}", S(pet(), response={"anyOf": inline[1:]}),
         S(pet(), response={"anyOf": inline}), errors=[RESP])
    case(f"proof-shared-property-anyof-branch-added-{tag}",
         S(pet(kind={"anyOf": [{"type": "string", "maxLength": 5}, {"type": "integer"}]})),
         S(pet(kind={"anyOf": [{"type": "integer"}, {"type": "boolean"}, {"type": "string", "maxLength": 5}]})), errors=[RESP])
    case(f"proof-request-anyof-reordered-and-narrowed-{tag}",
         S(pet(), request={"anyOf": [{"type": "string", "maxLength": 10}, {"type": "integer"}]}),
         S(pet(), request={"anyOf": [{"type": "integer"}, {"type": "string", "maxLength": 5}]}), errors=[REQ])
    case(f"proof-response-oneof-branch-added-{tag}", S(pet(), response={"oneOf": [cat, dog]}),
         S(pet(), response={"oneOf": [cat, dog, fish]}), errors=[RESP])
    case(f"proof-request-oneof-branch-added-disjoint-{tag}",
         S(pet(), request={"oneOf": [{"type": "string"}, {"type": "integer"}]}),
         S(pet(), request={"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}]}))

for d in os.listdir(ROOT):
    if d.startswith("proof-"):
        shutil.rmtree(os.path.join(ROOT, d))
for name, old, new, verdict in cases:
    d = os.path.join(ROOT, name)
    os.makedirs(d)
    for f, v in [("old.json", old), ("new.json", new), ("verdict.json", verdict)]:
        with open(os.path.join(d, f), "w") as out:
            json.dump(v, out, indent=2)
            out.write("\n")
print(len(cases), "OpenAPI proof fixtures")
