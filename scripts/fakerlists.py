"""What the scripts that write Veil's name and place lists from Faker's providers share
(faker-script-names.py, faker-towns.py, faker-script-towns.py; faker-names.py, which reads two
packages, takes the assignments and the printer): the unpacked Debian package's version and
folders, the lists a provider's source assigns (annotated assignments too, as Faker 33 writes
some), and the Go slice they print."""
import ast
import os
import re
import sys


def package(doc):
    """The unpacked package's dist-packages folder and its Faker version, from the command line;
    doc, the script's docstring, and its usage on -h, --help or any other count of arguments."""
    if len(sys.argv) != 2 or sys.argv[1] in ("-h", "--help"):
        print(doc.strip(), file=sys.stdout if len(sys.argv) > 1 else sys.stderr)
        sys.exit(0 if len(sys.argv) > 1 else 2)
    dist = os.path.join(sys.argv[1], "usr/lib/python3/dist-packages")
    versions = [re.sub(r"^Faker-(.*)\.(egg|dist)-info$", r"\1", d) for d in sorted(os.listdir(dist)) if re.match(r"Faker-.*\.(egg|dist)-info$", d)]
    return dist, " ".join(versions)


def assignments(path):
    """Yields (name, value) for each assignment in the Python source at path whose value is a
    literal or an OrderedDict's literal items; a value built from others (a sum of lists) is
    skipped, its parts being read on their own."""
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(value, ast.Call) and len(value.args) == 1:
            value = value.args[0]  # OrderedDict((("王", 7.17), ...))
        try:
            val = ast.literal_eval(value)
        except Exception:
            continue
        yield getattr(target, "id", ""), val


def items(val):
    """The items a provider's list holds: a dict's keys, a list's items, a weighted pair's item
    (("王", 7.17) is 王)."""
    if isinstance(val, dict):
        val = list(val)
    if not isinstance(val, (tuple, list)):
        return []
    return [v[0] if isinstance(v, tuple) and len(v) == 2 and isinstance(v[1], (int, float)) else v for v in val]


def emit(var, doc, words):
    """Prints a Go slice var of words, sorted, with its doc comment (doc may hold a line break)."""
    print()
    print("// " + var + " " + doc.replace("\n", "\n// "))
    print("var " + var + " = []string{")
    line = "\t"
    for w in sorted(words):
        item = '"' + w.replace('"', '\\"') + '", '
        if len(line) + len(item) > 120:
            print(line.rstrip())
            line = "\t"
        line += item
    print(line.rstrip())
    print("}")
