#!/usr/bin/env python3
"""Writes the OpenAPI proof fixtures under src/test/resources/openapi-compat/proof-*/ (old.json, new.json,
verdict.json). verdict.json: "errors" and "warnings", the exact sets of rule ids reported at that severity
("clean" pairs have neither). Every ERROR of a request, response or parameter schema must carry a witness
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

def case(name, old, new, errors=(), warnings=()):
    cases.append((name, old, new, {"errors": sorted(set(errors)), "warnings": sorted(set(warnings))}))

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
