"""Reads dotenv files with Debian's python3-dotenv and prints what it parsed as JSON on stdout.

Usage: python3 read_dotenv.py FILE            prints one object (key -> value, null for a key without =)
       python3 read_dotenv.py --many FILE...  prints an array with one such object per file, in order
Interpolation is off; non-ASCII characters are written as \\u escapes.
"""
import json
import sys

from dotenv import dotenv_values

if len(sys.argv) >= 2 and sys.argv[1] == "--many":
    sys.stdout.write(json.dumps([dotenv_values(f, interpolate=False) for f in sys.argv[2:]]))
else:
    sys.stdout.write(json.dumps(dotenv_values(sys.argv[1], interpolate=False)))
