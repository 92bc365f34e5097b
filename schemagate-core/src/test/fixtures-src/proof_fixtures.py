#!/usr/bin/env python3
"""Writes the proof fixtures under src/test/resources/compat/proof-*/ (old.json, new.json, verdict.json).

verdict.json: per mode "compatible", "breaks" (an ERROR with a proven witness is required) or "warning"
(no ERROR, a WARNING); "equivalent": true for rewrites that must give no WARNING or ERROR in any mode.
Run from schemagate-core: python3 src/test/fixtures-src/proof_fixtures.py
"""
import json, os, shutil

ROOT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'compat')
cases = []

def case(name, old, new, backward, forward, equivalent=False, **extra):
    cases.append((name, old, new, dict(BACKWARD=backward, FORWARD=forward, equivalent=equivalent, **extra)))

def obj(props, **kw):
    d = {"type": "object", "properties": props}
    d.update(kw)
    return d

S = {"type": "string"}
I = {"type": "integer"}

# 1. type array <-> anyOf of single-type branches
for n in [3, 5, 8, 13, 40]:
    old = {"type": ["string", "null"], "maxLength": n}
    case(f"proof-typearray-anyof-eq-{n}", old, {"anyOf": [{"type": "string", "maxLength": n}, {"type": "null"}]},
         "compatible", "compatible", True)
    case(f"proof-typearray-anyof-narrower-{n}", old, {"anyOf": [{"type": "null"}, {"type": "string", "maxLength": n - 1}]},
         "breaks", "compatible")
for m in [0, 7, -3]:
    old = {"type": ["integer", "null"], "minimum": m}
    case(f"proof-typearray-int-eq-{m}".replace('-', '-m', 3) if m < 0 else f"proof-typearray-int-eq-{m}", old,
         {"anyOf": [{"type": "null"}, {"type": "integer", "minimum": m}]}, "compatible", "compatible", True)
    case(f"proof-typearray-int-dropnull-{abs(m)}", old, {"type": "integer", "minimum": m}, "breaks", "compatible")

# 2. required moved into allOf (equivalent) / into anyOf (weaker)
for a, b in [("id", "name"), ("sku", "price"), ("user", "email"), ("k1", "k2"), ("from", "to")]:
    props = {a: S, b: S}
    old = obj(props, required=[a])
    case(f"proof-required-into-allof-{a}", old, obj(props, allOf=[{"required": [a]}]), "compatible", "compatible", True)
    case(f"proof-required-into-anyof-{a}", old, obj(props, anyOf=[{"required": [a]}, {"required": [b]}]),
         "compatible", "breaks")
    case(f"proof-required-both-into-allof-{a}", obj(props, required=[a, b]),
         obj(props, allOf=[{"required": [b]}, {"required": [a]}]), "compatible", "compatible", True)

# 3. oneOf -> anyOf: disjoint (types, discriminating const) is equivalent; overlapping widens
for t1, t2 in [("string", "integer"), ("boolean", "null"), ("object", "array"), ("string", "number")]:
    members = [{"type": t1}, {"type": t2}]
    case(f"proof-oneof-anyof-disjoint-{t1}-{t2}", {"oneOf": members}, {"anyOf": list(reversed(members))},
         "compatible", "compatible", True)
for kinds in [("a", "b"), ("cat", "dog"), ("v1", "v2")]:
    members = [obj({"kind": {"const": k}, "x": S}, required=["kind"]) for k in kinds]
    case(f"proof-oneof-anyof-const-{kinds[0]}", {"oneOf": members}, {"anyOf": members}, "compatible", "compatible", True)
for n in [2, 3, 6]:
    case(f"proof-oneof-anyof-overlap-{n}", {"oneOf": [S, {"type": "string", "maxLength": n}]},
         {"anyOf": [S, {"type": "string", "maxLength": n}]}, "compatible", "breaks")
case("proof-oneof-anyof-overlap-number", {"oneOf": [{"type": "number"}, I]}, {"anyOf": [{"type": "number"}, I]},
     "compatible", "breaks")

# 4. closed object <-> allOf + unevaluatedProperties: false
for names in [("a", "b"), ("id", "label"), ("x", "y"), ("start", "end"), ("p", "q")]:
    a, b = names
    old = obj({a: S, b: I}, additionalProperties=False)
    case(f"proof-closed-unevaluated-eq-{a}", old,
         {"type": "object", "allOf": [{"properties": {a: S}}, {"properties": {b: I}}], "unevaluatedProperties": False},
         "compatible", "compatible", True)
    case(f"proof-closed-unevaluated-drops-{a}", old,
         {"type": "object", "allOf": [{"properties": {a: S}}], "unevaluatedProperties": False}, "breaks", "compatible")

# 5. inclusive <-> exclusive integer bounds
for lo, hi in [(1, 10), (0, 100), (-5, 5), (18, 120), (1000, 2000)]:
    old = {"type": "integer", "minimum": lo, "maximum": hi}
    case(f"proof-int-exclusive-eq-{lo}-{hi}".replace('--', '-m'), old,
         {"type": "integer", "exclusiveMinimum": lo - 1, "exclusiveMaximum": hi + 1}, "compatible", "compatible", True)
    case(f"proof-int-exclusive-narrower-{lo}-{hi}".replace('--', '-m'), old,
         {"type": "integer", "exclusiveMinimum": lo - 1, "exclusiveMaximum": hi}, "breaks", "compatible")

# 6. integer enum <-> range
for lo, hi in [(1, 4), (0, 2), (10, 15), (-2, 2)]:
    values = list(range(lo, hi + 1))
    tag = f"{lo}-{hi}".replace('-', 'm', 1) if lo < 0 else f"{lo}-{hi}"
    case(f"proof-int-enum-range-eq-{tag}", {"enum": values}, {"type": "integer", "minimum": lo, "maximum": hi},
         "compatible", "compatible", True)
    case(f"proof-int-enum-range-short-{tag}", {"enum": values}, {"type": "integer", "minimum": lo, "maximum": hi - 1},
         "breaks", "compatible")
    case(f"proof-int-enum-range-long-{tag}", {"type": "integer", "enum": values},
         {"type": "integer", "minimum": lo, "maximum": hi + 1}, "compatible", "breaks")

# 7. integer <-> number + multipleOf: 1
for lo in [0, 5, -10]:
    tag = str(lo).replace('-', 'm')
    old = {"type": "integer", "minimum": lo}
    case(f"proof-int-multipleof-eq-{tag}", old, {"type": "number", "multipleOf": 1, "minimum": lo},
         "compatible", "compatible", True)
    case(f"proof-int-multipleof-half-{tag}", old, {"type": "number", "multipleOf": 0.5, "minimum": lo},
         "compatible", "breaks")
    case(f"proof-int-multipleof-two-{tag}", old, {"type": "number", "multipleOf": 2, "minimum": lo},
         "breaks", "compatible")

# 8. format: an annotation (WARNING) unless formatAssertion
for f1, f2 in [("date", "date-time"), ("email", "uri"), ("uuid", "hostname")]:
    case(f"proof-format-changed-{f1}", {"type": "string", "format": f1}, {"type": "string", "format": f2},
         "warning", "warning")
for f in ["date", "email", "ipv4"]:
    case(f"proof-format-added-asserted-{f}", {"type": "string"}, {"type": "string", "format": f},
         "breaks", "compatible", formatAssertion=True)
    case(f"proof-format-removed-asserted-{f}", {"type": "string", "format": f}, {"type": "string"},
         "compatible", "breaks", formatAssertion=True)

# 9. patternProperties keys with additionalProperties: false
for old_p, narrow, wide in [("^x-", "^x-a", "^(x-|y-)"), ("^[a-z]+$", "^[a-c]+$", "^[a-z0-9]+$"),
                            ("^id_", "^id_[0-9]", "^(id|key)_")]:
    tag = ''.join(ch for ch in old_p if ch.isalnum())
    old = {"type": "object", "patternProperties": {old_p: {}}, "additionalProperties": False}
    case(f"proof-patternprops-narrowed-{tag}", old,
         {"type": "object", "patternProperties": {narrow: {}}, "additionalProperties": False}, "breaks", "compatible")
    case(f"proof-patternprops-widened-{tag}", old,
         {"type": "object", "patternProperties": {wide: {}}, "additionalProperties": False}, "compatible", "breaks")

# 10. composition members matched by content
for a, b in [("a", "b"), ("m", "n"), ("left", "right")]:
    m1 = obj({a: S}, required=[a])
    m2 = obj({b: I}, required=[b])
    case(f"proof-allof-moved-{a}", {"allOf": [m1, m2]}, {"allOf": [m2, m1]}, "compatible", "compatible", True)
    case(f"proof-anyof-moved-{a}", {"anyOf": [m1, m2]}, {"anyOf": [m2, m1]}, "compatible", "compatible", True)
    case(f"proof-anyof-branch-added-{a}", {"anyOf": [m1]}, {"anyOf": [m2, m1]}, "compatible", "breaks")
    case(f"proof-allof-member-added-{a}", {"allOf": [m1]}, {"allOf": [m2, m1]}, "breaks", "compatible")

# 11. if/then/else added or dropped
for k in ["a", "premium", "x"]:
    base = obj({"kind": S, "n": I})
    cond = dict(base)
    cond["if"] = {"properties": {"kind": {"const": k}}, "required": ["kind"]}
    cond["then"] = {"required": ["n"]}
    case(f"proof-if-then-added-{k}", base, cond, "breaks", "compatible")
    case(f"proof-if-then-removed-{k}", cond, base, "compatible", "breaks")

# 12. draft-07 dependencies (both forms) and dependentRequired
D7 = "http://json-schema.org/draft-07/schema#"
for a, b in [("a", "b"), ("card", "cvv"), ("street", "city")]:
    props = {a: S, b: S}
    old = {"$schema": D7, "type": "object", "properties": props}
    arr = dict(old, dependencies={a: [b]})
    sch = dict(old, dependencies={a: {"required": [b]}})
    case(f"proof-dependencies-array-removed-{a}", arr, old, "compatible", "breaks")
    case(f"proof-dependencies-schema-removed-{a}", sch, old, "compatible", "breaks")
    case(f"proof-dependencies-array-added-{a}", old, arr, "breaks", "compatible")
    case(f"proof-dependentrequired-added-{a}", obj({a: S, b: I}), obj({a: S, b: I}, dependentRequired={a: [b]}),
         "breaks", "compatible")

# 13. pattern widened / narrowed
for p_old, p_new, b, f in [("^[a-z]+$", "^[a-z0-9]+$", "compatible", "breaks"), ("", "^\\w+$", "breaks", "compatible"),
                           ("^[A-Z]{3}$", "^[A-Z]{2,3}$", "compatible", "breaks"),
                           ("^[0-9]{4}$", "^[0-9]{5}$", "breaks", "breaks")]:
    tag = ''.join(ch for ch in p_old + "-" + p_new if ch.isalnum() or ch == '-') or "empty"
    case(f"proof-pattern-{tag}", {"type": "string", "pattern": p_old}, {"type": "string", "pattern": p_new}, b, f)

# 14. unevaluatedItems, contains, propertyNames, dependentSchemas
for t in ["string", "integer"]:
    old = {"type": "array", "prefixItems": [{"type": t}]}
    case(f"proof-unevaluateditems-added-{t}", old, dict(old, unevaluatedItems=False), "breaks", "compatible")
    case(f"proof-contains-added-{t}", {"type": "array"}, {"type": "array", "contains": {"type": t}}, "breaks", "compatible")
    case(f"proof-contains-mincontains-{t}", {"type": "array", "contains": {"type": t}},
         {"type": "array", "contains": {"type": t}, "minContains": 2}, "breaks", "compatible")
for n in [2, 4]:
    case(f"proof-propertynames-added-{n}", {"type": "object"}, {"type": "object", "propertyNames": {"maxLength": n}},
         "breaks", "compatible")
case("proof-dependentschemas-added", obj({"a": S, "b": I}),
     obj({"a": S, "b": I}, dependentSchemas={"a": {"required": ["b"]}}), "breaks", "compatible")

# 15. content* keywords: annotations, a WARNING
case("proof-content-mediatype-changed", {"type": "string", "contentMediaType": "application/json"},
     {"type": "string", "contentMediaType": "text/plain"}, "warning", "warning")
case("proof-content-encoding-added", {"type": "string"}, {"type": "string", "contentEncoding": "base64"},
     "warning", "warning")

for d in os.listdir(ROOT):
    if d.startswith("proof-"):
        shutil.rmtree(os.path.join(ROOT, d))
names = set()
for name, old, new, verdict in cases:
    assert name not in names, name
    names.add(name)
    d = os.path.join(ROOT, name)
    os.makedirs(d)
    for f, v in [("old.json", old), ("new.json", new), ("verdict.json", verdict)]:
        with open(os.path.join(d, f), "w") as out:
            json.dump(v, out, indent=2)
            out.write("\n")
print(len(cases), "proof fixtures")
