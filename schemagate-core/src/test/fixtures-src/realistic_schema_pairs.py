#!/usr/bin/env python3
"""Writes src/test/resources/realistic-schemas/<case>/{old,new,verdict}.json: pairs written for this project
in the style of real projects' schemas (API payloads, config files, CRD-like documents). Each verdict was
decided by reasoning: "breaks" (some document valid under the protected side is rejected by the other),
"compatible", or "either" (left to the proof). Run from schemagate-core: python3 src/test/fixtures-src/realistic_schema_pairs.py"""
import copy, json, os, shutil

ROOT = os.path.join(os.path.dirname(__file__), "..", "resources", "realistic-schemas")
D4 = "http://json-schema.org/draft-04/schema#"
D6 = "http://json-schema.org/draft-06/schema#"
D7 = "http://json-schema.org/draft-07/schema#"
D19 = "https://json-schema.org/draft/2019-09/schema"
D20 = "https://json-schema.org/draft/2020-12/schema"
CASES = {}


def case(name, old, new, backward, forward):
    CASES[name] = (old, new, {"BACKWARD": backward, "FORWARD": forward})


def with_schema(s, uri):
    out = {"$schema": uri} if uri else {}
    out.update(s)
    return out


# --- numbers: draft-04 boolean exclusive forms vs later numeric ones
case("d04-exclusive-minimum-dropped",
     with_schema({"type": "object", "properties": {"price": {"type": "number", "minimum": 0, "exclusiveMinimum": True}}}, D4),
     with_schema({"type": "object", "properties": {"price": {"type": "number", "minimum": 0}}}, D4),
     "compatible", "breaks")
case("d04-exclusive-minimum-added",
     with_schema({"type": "object", "properties": {"price": {"type": "number", "minimum": 0}}}, D4),
     with_schema({"type": "object", "properties": {"price": {"type": "number", "minimum": 0, "exclusiveMinimum": True}}}, D4),
     "breaks", "compatible")
case("d04-to-d07-exclusive-rewritten",
     with_schema({"type": "number", "minimum": 0, "exclusiveMinimum": True, "maximum": 100, "exclusiveMaximum": True}, D4),
     with_schema({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 100}, D7),
     "compatible", "compatible")
case("d04-integer-exclusive-maximum-as-inclusive",
     with_schema({"type": "integer", "maximum": 100, "exclusiveMaximum": True}, D4),
     with_schema({"type": "integer", "maximum": 99}, D4),
     "compatible", "compatible")
case("d20-integer-exclusive-minimum-as-inclusive",
     with_schema({"type": "integer", "exclusiveMinimum": -1}, D20),
     with_schema({"type": "integer", "minimum": 0}, D20),
     "compatible", "compatible")
case("d06-exclusive-maximum-to-maximum",
     with_schema({"type": "number", "exclusiveMaximum": 100}, D6),
     with_schema({"type": "number", "maximum": 100}, D6),
     "compatible", "breaks")
case("integer-to-number",
     {"type": "object", "properties": {"count": {"type": "integer"}}},
     {"type": "object", "properties": {"count": {"type": "number"}}},
     "compatible", "breaks")
case("number-multipleof-one-to-integer",
     with_schema({"type": "number", "multipleOf": 1}, D20),
     with_schema({"type": "integer"}, D20),
     "compatible", "compatible")
case("multipleof-two-to-four",
     {"type": "integer", "multipleOf": 2}, {"type": "integer", "multipleOf": 4}, "breaks", "compatible")
case("multipleof-cents-to-dimes",
     {"type": "number", "multipleOf": 0.01}, {"type": "number", "multipleOf": 0.1}, "breaks", "compatible")
case("minimum-one-to-one-point-zero",
     {"type": "number", "minimum": 1, "maximum": 10}, {"type": "number", "minimum": 1.0, "maximum": 10.0},
     "compatible", "compatible")
case("huge-bounds",
     {"type": "number", "maximum": 1.7976931348623157e308, "minimum": -9223372036854775808},
     {"type": "number", "maximum": 9223372036854775807, "minimum": -9223372036854775808},
     "breaks", "compatible")
case("tiny-multipleof",
     {"type": "number", "multipleOf": 1e-10}, {"type": "number", "multipleOf": 1e-8}, "breaks", "compatible")

# --- enum / const with mixed types
case("enum-mixed-null-dropped",
     {"enum": ["auto", 0, None, True]}, {"enum": ["auto", 0, True]}, "breaks", "compatible")
case("enum-integers-written-as-decimals",
     {"type": "number", "enum": [1, 2, 3]}, {"type": "number", "enum": [1.0, 2.0, 3.0]}, "compatible", "compatible")
case("const-to-enum",
     {"type": "object", "properties": {"apiVersion": {"const": "v1"}}, "required": ["apiVersion"]},
     {"type": "object", "properties": {"apiVersion": {"enum": ["v1", "v2"]}}, "required": ["apiVersion"]},
     "compatible", "breaks")
case("const-ten-to-ten-point-zero", {"const": 10}, {"const": 10.0}, "compatible", "compatible")
case("enum-objects-one-removed",
     {"enum": [{"kind": "a", "n": 1}, {"kind": "b", "n": 2}]}, {"enum": [{"kind": "a", "n": 1}]}, "breaks", "compatible")
case("enum-reordered",
     {"type": "string", "enum": ["low", "medium", "high"]}, {"type": "string", "enum": ["high", "low", "medium"]},
     "compatible", "compatible")

# --- nullable as type arrays
case("type-array-null-added",
     {"type": "object", "properties": {"middleName": {"type": "string"}}},
     {"type": "object", "properties": {"middleName": {"type": ["string", "null"]}}}, "compatible", "breaks")
case("type-array-reordered",
     {"type": ["null", "string", "integer"]}, {"type": ["integer", "string", "null"]}, "compatible", "compatible")
case("type-array-to-anyof",
     {"type": ["string", "null"], "maxLength": 20},
     {"anyOf": [{"type": "string", "maxLength": 20}, {"type": "null"}]}, "compatible", "compatible")

# --- refs: recursion, anchors, legacy definitions, renames
TREE = {"$schema": D20, "$id": "https://example.com/schemas/tree.json", "$ref": "#/$defs/node",
        "$defs": {"node": {"type": "object", "required": ["name"],
                           "properties": {"name": {"type": "string"},
                                          "children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}}}
tree_new = copy.deepcopy(TREE)
tree_new["$defs"]["node"]["properties"]["name"]["maxLength"] = 64
case("recursive-tree-name-limited", TREE, tree_new, "breaks", "compatible")
tree_desc = copy.deepcopy(TREE)
tree_desc["$defs"]["node"]["description"] = "One node of the menu tree."
tree_desc["$defs"]["node"]["properties"]["children"]["description"] = "Sub-menus, in display order."
case("recursive-tree-described", TREE, tree_desc, "compatible", "compatible")
tree_renamed = json.loads(json.dumps(TREE).replace("#/$defs/node", "#/$defs/menuItem").replace('"node"', '"menuItem"'))
case("recursive-tree-def-renamed", TREE, tree_renamed, "compatible", "compatible")
LIST = {"$schema": D7, "definitions": {"item": {"type": "object", "required": ["value"],
                                                "properties": {"value": {"type": "integer"},
                                                               "next": {"oneOf": [{"$ref": "#/definitions/item"},
                                                                                  {"type": "null"}]}}}},
        "$ref": "#/definitions/item"}
list_new = copy.deepcopy(LIST)
list_new["definitions"]["item"]["properties"]["value"]["type"] = "number"
case("linked-list-value-widened", LIST, list_new, "compatible", "breaks")
list_req = copy.deepcopy(LIST)
list_req["definitions"]["item"]["required"] = ["value", "next"]
case("linked-list-next-required", LIST, list_req, "breaks", "compatible")
ROOTREC = {"type": "object", "properties": {"label": {"type": "string"}, "child": {"$ref": "#"}},
           "additionalProperties": False}
rootrec_new = copy.deepcopy(ROOTREC)
rootrec_new["properties"]["weight"] = {"type": "integer"}
case("root-recursion-property-added-to-closed", ROOTREC, rootrec_new, "compatible", "breaks")
ANCHOR = {"$schema": D20, "type": "object",
          "properties": {"home": {"$ref": "#address"}, "work": {"$ref": "#address"}},
          "$defs": {"address": {"$anchor": "address", "type": "object",
                                "properties": {"street": {"type": "string"}, "city": {"type": "string"}}}}}
anchor_new = copy.deepcopy(ANCHOR)
anchor_new["$defs"]["address"]["required"] = ["city"]
case("anchor-ref-required-added", ANCHOR, anchor_new, "breaks", "compatible")
anchor_doc = copy.deepcopy(ANCHOR)
anchor_doc["$defs"]["address"]["description"] = "A postal address."
case("anchor-ref-described", ANCHOR, anchor_doc, "compatible", "compatible")
case("d07-fragment-id-ref-limited",
     {"$schema": D7, "properties": {"email": {"$ref": "#email"}},
      "definitions": {"email": {"$id": "#email", "type": "string", "format": "email"}}},
     {"$schema": D7, "properties": {"email": {"$ref": "#email"}},
      "definitions": {"email": {"$id": "#email", "type": "string", "format": "email", "maxLength": 100}}},
     "breaks", "compatible")
self_ref = json.loads(json.dumps(TREE).replace('"#/$defs/node"', '"https://example.com/schemas/tree.json#/$defs/node"'))
self_ref_new = json.loads(json.dumps(tree_new).replace('"#/$defs/node"', '"https://example.com/schemas/tree.json#/$defs/node"'))
case("self-id-absolute-ref-limited", self_ref, self_ref_new, "breaks", "compatible")
rel_ref = json.loads(json.dumps(TREE).replace('"#/$defs/node"', '"tree.json#/$defs/node"'))
rel_ref_new = json.loads(json.dumps(tree_new).replace('"#/$defs/node"', '"tree.json#/$defs/node"'))
case("self-id-relative-ref-limited", rel_ref, rel_ref_new, "breaks", "compatible")
case("self-id-relative-ref-unchanged", rel_ref, copy.deepcopy(rel_ref), "compatible", "compatible")
case("ref-sibling-2020-description", 
     {"$schema": D20, "properties": {"owner": {"$ref": "#/$defs/user"}}, "$defs": {"user": {"type": "string"}}},
     {"$schema": D20, "properties": {"owner": {"$ref": "#/$defs/user", "description": "who owns it", "deprecated": True}},
      "$defs": {"user": {"type": "string"}}},
     "compatible", "compatible")
case("ref-sibling-2020-maxlength-added",
     {"$schema": D20, "properties": {"owner": {"$ref": "#/$defs/user"}}, "$defs": {"user": {"type": "string"}}},
     {"$schema": D20, "properties": {"owner": {"$ref": "#/$defs/user", "maxLength": 32}},
      "$defs": {"user": {"type": "string"}}},
     "breaks", "compatible")
case("legacy-definitions-in-2020",
     {"$schema": D20, "properties": {"id": {"$ref": "#/definitions/uuid"}}, "definitions": {"uuid": {"type": "string"}}},
     {"$schema": D20, "properties": {"id": {"$ref": "#/definitions/uuid"}},
      "definitions": {"uuid": {"type": "string", "minLength": 36}}},
     "breaks", "compatible")
case("ref-pointer-escaped",
     {"properties": {"a": {"$ref": "#/$defs/a~1b"}, "c": {"$ref": "#/$defs/with%20space"}},
      "$defs": {"a/b": {"type": "string"}, "with space": {"type": "integer"}}},
     {"properties": {"a": {"$ref": "#/$defs/a~1b"}, "c": {"$ref": "#/$defs/with%20space"}},
      "$defs": {"a/b": {"type": "string"}, "with space": {"type": "integer", "minimum": 0}}},
     "breaks", "compatible")
case("d04-id-and-definitions",
     {"$schema": D4, "id": "http://example.com/config.json", "type": "object",
      "properties": {"port": {"$ref": "#/definitions/port"}}, "definitions": {"port": {"type": "integer", "minimum": 1, "maximum": 65535}}},
     {"$schema": D4, "id": "http://example.com/config.json", "type": "object",
      "properties": {"port": {"$ref": "#/definitions/port"}}, "definitions": {"port": {"type": "integer", "minimum": 1024, "maximum": 65535}}},
     "breaks", "compatible")
case("dynamic-ref-extended-tree",
     {"$schema": D20, "$id": "https://example.com/strict-tree", "$dynamicAnchor": "node", "type": "object",
      "properties": {"data": True, "children": {"type": "array", "items": {"$dynamicRef": "#node"}}}},
     {"$schema": D20, "$id": "https://example.com/strict-tree", "$dynamicAnchor": "node", "type": "object",
      "properties": {"data": True, "children": {"type": "array", "items": {"$dynamicRef": "#node"}}},
      "unevaluatedProperties": False},
     "breaks", "compatible")
case("recursive-ref-2019",
     {"$schema": D19, "$recursiveAnchor": True, "type": "object",
      "properties": {"name": {"type": "string"}, "sub": {"$recursiveRef": "#"}}},
     {"$schema": D19, "$recursiveAnchor": True, "type": "object",
      "properties": {"name": {"type": "string", "minLength": 1}, "sub": {"$recursiveRef": "#"}}},
     "breaks", "compatible")

# --- composition
def pet(kind, extra):
    p = {"type": "object", "required": ["petType"], "properties": {"petType": {"const": kind}}}
    p["properties"].update(extra)
    return p
PETS = {"$schema": D20, "oneOf": [{"$ref": "#/$defs/cat"}, {"$ref": "#/$defs/dog"}],
        "$defs": {"cat": pet("cat", {"lives": {"type": "integer"}}), "dog": pet("dog", {"bark": {"type": "boolean"}})}}
pets_bird = copy.deepcopy(PETS)
pets_bird["oneOf"].append({"$ref": "#/$defs/bird"})
pets_bird["$defs"]["bird"] = pet("bird", {"wingspan": {"type": "number"}})
case("oneof-discriminated-variant-added", PETS, pets_bird, "compatible", "breaks")
pets_less = copy.deepcopy(PETS)
pets_less["oneOf"] = [{"$ref": "#/$defs/cat"}]
case("oneof-discriminated-variant-removed", PETS, pets_less, "breaks", "compatible")
case("oneof-overlapping-variant-added",
     {"oneOf": [{"type": "string"}, {"type": "integer"}]},
     {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "number"}]}, "breaks", "breaks")
case("anyof-variant-added",
     {"anyOf": [{"type": "string", "format": "uuid"}, {"type": "integer"}]},
     {"anyOf": [{"type": "string", "format": "uuid"}, {"type": "integer"}, {"type": "null"}]}, "compatible", "breaks")
BASE = {"type": "object", "properties": {"id": {"type": "string"}, "created": {"type": "string", "format": "date-time"}},
        "required": ["id"]}
case("allof-base-gets-required",
     {"$schema": D20, "allOf": [{"$ref": "#/$defs/base"}, {"properties": {"title": {"type": "string"}}}], "$defs": {"base": BASE}},
     {"$schema": D20, "allOf": [{"$ref": "#/$defs/base"}, {"properties": {"title": {"type": "string"}}, "required": ["title"]}],
      "$defs": {"base": BASE}},
     "breaks", "compatible")
UNEVAL = {"$schema": D20, "allOf": [{"$ref": "#/$defs/base"}], "properties": {"title": {"type": "string"}},
          "unevaluatedProperties": False, "$defs": {"base": BASE}}
uneval_new = copy.deepcopy(UNEVAL)
uneval_new["$defs"]["base"]["properties"]["updated"] = {"type": "string", "format": "date-time"}
# breaks FORWARD ({"id": "x", "updated": 1}); the engine sees base as an open model and says INFO
case("unevaluated-closed-base-property-added", UNEVAL, uneval_new, "compatible", "either")
uneval_open = copy.deepcopy(UNEVAL)
del uneval_open["unevaluatedProperties"]
case("unevaluated-false-dropped", UNEVAL, uneval_open, "compatible", "breaks")
case("unevaluated-false-added", uneval_open, UNEVAL, "breaks", "compatible")
case("not-required-added",
     {"type": "object", "properties": {"password": {"type": "string"}, "token": {"type": "string"}}},
     {"type": "object", "properties": {"password": {"type": "string"}, "token": {"type": "string"}},
      "not": {"required": ["password", "token"]}}, "breaks", "compatible")

# --- conditionals and dependencies
ADDR = {"$schema": D7, "type": "object", "properties": {"country": {"type": "string"}, "postalCode": {"type": "string"}},
        "if": {"properties": {"country": {"const": "US"}}, "required": ["country"]},
        "then": {"properties": {"postalCode": {"pattern": "^[0-9]{5}(-[0-9]{4})?$"}}}}
addr_else = copy.deepcopy(ADDR)
addr_else["else"] = {"properties": {"postalCode": {"pattern": "^[A-Z0-9 ]{3,10}$"}}}
case("if-then-else-added", ADDR, addr_else, "breaks", "compatible")
addr_desc = copy.deepcopy(ADDR)
addr_desc["then"]["description"] = "US ZIP codes"
case("if-then-described", ADDR, addr_desc, "compatible", "compatible")
case("dependent-required-added",
     {"$schema": D20, "type": "object", "properties": {"creditCard": {"type": "string"}, "billingAddress": {"type": "string"}}},
     {"$schema": D20, "type": "object", "properties": {"creditCard": {"type": "string"}, "billingAddress": {"type": "string"}},
      "dependentRequired": {"creditCard": ["billingAddress"]}}, "breaks", "compatible")
case("dependencies-d07-to-dependent-required-2019",
     {"$schema": D7, "type": "object", "dependencies": {"creditCard": ["billingAddress"]}},
     {"$schema": D19, "type": "object", "dependentRequired": {"creditCard": ["billingAddress"]}}, "compatible", "compatible")
case("dependencies-d07-schema-form-added",
     {"$schema": D7, "type": "object", "properties": {"tls": {"type": "boolean"}}},
     {"$schema": D7, "type": "object", "properties": {"tls": {"type": "boolean"}},
      "dependencies": {"tls": {"required": ["certFile"]}}}, "breaks", "compatible")
case("dependent-schemas-removed",
     {"$schema": D20, "type": "object", "dependentSchemas": {"proxy": {"required": ["proxyPort"]}}},
     {"$schema": D20, "type": "object"}, "compatible", "either")  # breaks FORWARD; the engine leaves it unproven

# --- objects
case("pattern-properties-extensions-then-property",
     {"type": "object", "patternProperties": {"^x-": {}}, "properties": {"name": {"type": "string"}}, "additionalProperties": False},
     {"type": "object", "patternProperties": {"^x-": {}}, "properties": {"name": {"type": "string"}, "summary": {"type": "string"}},
      "additionalProperties": False},
     "compatible", "breaks")
case("additional-properties-false-to-string-map",
     {"type": "object", "properties": {"name": {"type": "string"}}, "additionalProperties": False},
     {"type": "object", "properties": {"name": {"type": "string"}}, "additionalProperties": {"type": "string"}},
     "compatible", "breaks")
case("additional-properties-true-to-empty", {"type": "object", "additionalProperties": True},
     {"type": "object", "additionalProperties": {}}, "compatible", "compatible")
case("labels-map-values-limited",
     {"type": "object", "properties": {"labels": {"type": "object", "additionalProperties": {"type": "string"}}}},
     {"type": "object", "properties": {"labels": {"type": "object", "additionalProperties": {"type": "string", "maxLength": 63}}}},
     "breaks", "compatible")
case("property-names-pattern-added",
     {"type": "object", "additionalProperties": {"type": "integer"}},
     {"type": "object", "additionalProperties": {"type": "integer"}, "propertyNames": {"pattern": "^[a-z][a-z0-9_]*$"}},
     "breaks", "compatible")
case("property-forbidden-with-false",
     {"type": "object", "properties": {"legacyId": {"type": "string"}, "id": {"type": "string"}}},
     {"type": "object", "properties": {"legacyId": False, "id": {"type": "string"}}}, "breaks", "compatible")
case("required-reordered",
     {"type": "object", "required": ["a", "b", "c"], "properties": {"a": {}, "b": {}, "c": {}}},
     {"type": "object", "required": ["c", "a", "b"], "properties": {"a": {}, "b": {}, "c": {}}}, "compatible", "compatible")
case("min-properties-added", {"type": "object"}, {"type": "object", "minProperties": 1}, "breaks", "compatible")
case("annotations-only",
     {"type": "object", "properties": {"id": {"type": "string"}}},
     {"type": "object", "title": "Thing", "description": "A thing.", "examples": [{"id": "x"}],
      "properties": {"id": {"type": "string", "readOnly": True, "deprecated": True, "$comment": "kept for v1",
                            "format": "uuid"}}},
     "compatible", "compatible")
case("format-changed-annotation",
     {"type": "string", "format": "date-time"}, {"type": "string", "format": "date"}, "compatible", "compatible")
case("format-int32-to-int64", {"type": "integer", "format": "int32"}, {"type": "integer", "format": "int64"},
     "compatible", "compatible")

# --- strings
case("min-length-removed", {"type": "string", "minLength": 3}, {"type": "string"}, "compatible", "breaks")
case("pattern-unicode-letters",
     {"type": "string", "pattern": "^\\p{L}+$"}, {"type": "string", "pattern": "^[\\p{L} ]+$"}, "compatible", "either")
case("pattern-lookahead-added",
     {"type": "string", "minLength": 8}, {"type": "string", "minLength": 8, "pattern": "^(?=.*[0-9])(?=.*[a-z]).+$"},
     "breaks", "compatible")
case("pattern-digit-class", {"type": "string", "pattern": "^\\d{4}-\\d{2}$"}, {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"},
     "either", "either")

# --- arrays and tuples
case("d04-items-array-to-prefix-items",
     {"$schema": D4, "type": "array", "items": [{"type": "string"}, {"type": "integer"}], "additionalItems": False},
     {"$schema": D20, "type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}], "items": False},
     "compatible", "compatible")
case("d07-tuple-closed",
     {"$schema": D7, "type": "array", "items": [{"type": "number"}, {"type": "number"}]},
     {"$schema": D7, "type": "array", "items": [{"type": "number"}, {"type": "number"}], "additionalItems": False},
     "breaks", "compatible")
case("prefix-items-third-added",
     {"$schema": D20, "type": "array", "prefixItems": [{"type": "number"}, {"type": "number"}], "items": False},
     {"$schema": D20, "type": "array", "prefixItems": [{"type": "number"}, {"type": "number"}, {"type": "number"}], "items": False},
     "compatible", "breaks")
case("items-unique-and-max-added",
     {"type": "array", "items": {"type": "string"}},
     {"type": "array", "items": {"type": "string"}, "uniqueItems": True, "maxItems": 10}, "breaks", "compatible")
case("contains-min-contains-2019",
     {"$schema": D19, "type": "array", "contains": {"const": "admin"}},
     {"$schema": D19, "type": "array", "contains": {"const": "admin"}, "minContains": 2}, "breaks", "compatible")
case("boolean-schema-true-to-empty",
     {"type": "object", "properties": {"extra": True}}, {"type": "object", "properties": {"extra": {}}},
     "compatible", "compatible")


# --- extremes: bounds too large to build a witness from, odd names, deep nesting, boolean roots
case("max-length-astronomic-lowered", {"type": "string", "maxLength": 1099511627776},
     {"type": "string", "maxLength": 549755813888}, "either", "compatible")
case("max-items-astronomic-lowered", {"type": "array", "maxItems": 1099511627776},
     {"type": "array", "maxItems": 549755813888}, "either", "compatible")
case("min-length-large-raised", {"type": "string", "minLength": 1}, {"type": "string", "minLength": 100000},
     "breaks", "compatible")
case("max-properties-large-lowered", {"type": "object", "maxProperties": 100000000},
     {"type": "object", "maxProperties": 50000000}, "either", "compatible")
case("odd-property-names-required",
     {"type": "object", "properties": {"": {"type": "string"}, "a/b": {"type": "integer"}, "m~n": {"type": "boolean"},
                                       "caf\u00e9 \ud83d\ude00": {"type": "string"}}},
     {"type": "object", "properties": {"": {"type": "string"}, "a/b": {"type": "integer"}, "m~n": {"type": "boolean"},
                                       "caf\u00e9 \ud83d\ude00": {"type": "string"}}, "required": ["", "a/b", "m~n"]},
     "breaks", "compatible")


def nested(depth, leaf):
    node = leaf
    for i in range(depth):
        node = {"type": "object", "properties": {"level%d" % i: node}, "required": ["level%d" % i]}
    return node
case("deeply-nested-leaf-narrowed", nested(60, {"type": "integer"}), nested(60, {"type": "integer", "maximum": 9}),
     "breaks", "compatible")
case("root-true-to-object", True, {"type": "object"}, "breaks", "compatible")
case("root-empty-to-false", {}, False, "breaks", "compatible")
case("multipleof-tenth-with-bounds",
     {"type": "number", "multipleOf": 0.1, "minimum": 0, "maximum": 0.3},
     {"type": "number", "multipleOf": 0.1, "minimum": 0, "maximum": 0.2}, "breaks", "compatible")
case("huge-number-literals", {"type": "number", "maximum": 1e300, "minimum": -1e300},
     {"type": "number", "maximum": 1e299, "minimum": -1e300}, "breaks", "compatible")


# --- a large CRD-like schema: many nested objects, x-kubernetes-* extensions, one deep change
def container(depth):
    props = {
        "name": {"type": "string", "maxLength": 63, "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},
        "image": {"type": "string"},
        "imagePullPolicy": {"type": "string", "enum": ["Always", "IfNotPresent", "Never"]},
        "args": {"type": "array", "items": {"type": "string"}},
        "env": {"type": "array", "x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["name"],
                "items": {"type": "object", "required": ["name"],
                          "properties": {"name": {"type": "string"}, "value": {"type": "string"},
                                         "valueFrom": {"type": "object", "properties": {
                                             "secretKeyRef": {"type": "object", "required": ["key"],
                                                              "properties": {"key": {"type": "string"},
                                                                             "name": {"type": "string"},
                                                                             "optional": {"type": "boolean"}}}}}}}},
        "ports": {"type": "array", "items": {"type": "object", "required": ["containerPort"],
                                               "properties": {"containerPort": {"type": "integer", "format": "int32",
                                                                                "minimum": 1, "maximum": 65535},
                                                              "protocol": {"type": "string", "default": "TCP",
                                                                           "enum": ["TCP", "UDP", "SCTP"]}}}},
        "resources": {"type": "object", "properties": {
            "limits": {"type": "object", "additionalProperties": {"anyOf": [{"type": "integer"}, {"type": "string"}],
                                                                 "x-kubernetes-int-or-string": True}},
            "requests": {"type": "object", "additionalProperties": {"anyOf": [{"type": "integer"}, {"type": "string"}],
                                                                   "x-kubernetes-int-or-string": True}}}},
    }
    for i in range(depth):
        props["probe%d" % i] = {"type": "object", "description": "probe %d" % i, "properties": {
            "httpGet": {"type": "object", "required": ["port"], "properties": {
                "path": {"type": "string"}, "port": {"anyOf": [{"type": "integer"}, {"type": "string"}],
                                                     "x-kubernetes-int-or-string": True},
                "scheme": {"type": "string"}}},
            "initialDelaySeconds": {"type": "integer", "format": "int32"},
            "periodSeconds": {"type": "integer", "format": "int32", "default": 10},
            "failureThreshold": {"type": "integer", "format": "int32", "minimum": 1}}}
    return {"type": "object", "required": ["name"], "properties": props}


def crd():
    spec = {"type": "object", "properties": {}}
    for name in ["main", "sidecar", "init", "debug", "metrics", "proxy", "agent", "exporter"]:
        spec["properties"][name + "Containers"] = {"type": "array", "items": container(12)}
    spec["properties"]["replicas"] = {"type": "integer", "format": "int32", "minimum": 0}
    spec["properties"]["extraConfig"] = {"type": "object", "x-kubernetes-preserve-unknown-fields": True}
    return {"type": "object", "required": ["apiVersion", "kind"], "properties": {
        "apiVersion": {"type": "string"}, "kind": {"type": "string"},
        "metadata": {"type": "object"}, "spec": spec,
        "status": {"type": "object", "properties": {"conditions": {"type": "array", "items": {
            "type": "object", "required": ["type", "status"],
            "properties": {"type": {"type": "string"}, "status": {"type": "string", "enum": ["True", "False", "Unknown"]},
                           "lastTransitionTime": {"type": "string", "format": "date-time"},
                           "observedGeneration": {"type": "integer", "format": "int64", "minimum": 0}}}}}}}}


CRD = crd()
crd_deep = copy.deepcopy(CRD)
crd_deep["properties"]["spec"]["properties"]["agentContainers"]["items"]["properties"]["probe7"]["properties"][
    "failureThreshold"]["maximum"] = 10
case("crd-deep-maximum-added", CRD, crd_deep, "breaks", "compatible")
crd_enum = copy.deepcopy(CRD)
crd_enum["properties"]["status"]["properties"]["conditions"]["items"]["properties"]["status"]["enum"] = ["True", "False"]
case("crd-condition-status-value-removed", CRD, crd_enum, "breaks", "compatible")
crd_docs = json.loads(json.dumps(CRD).replace('"description": "probe 3"', '"description": "the third probe"'))
case("crd-descriptions-only", CRD, crd_docs, "compatible", "compatible")
crd_field = copy.deepcopy(CRD)
crd_field["properties"]["spec"]["properties"]["paused"] = {"type": "boolean", "default": False}
case("crd-optional-field-added", CRD, crd_field, "either", "compatible")


if __name__ == "__main__":
    shutil.rmtree(ROOT, ignore_errors=True)
    for name, (old, new, verdict) in CASES.items():
        d = os.path.join(ROOT, name)
        os.makedirs(d)
        for file, doc in (("old.json", old), ("new.json", new), ("verdict.json", verdict)):
            with open(os.path.join(d, file), "w") as f:
                json.dump(doc, f, indent=2)
                f.write("\n")
    print(len(CASES), "pairs")
