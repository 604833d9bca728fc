"""Reads a dotenv file with Debian's python3-dotenv and prints what it parsed as JSON on stdout.

Usage: python3 read_dotenv.py FILE
"""
import json
import sys

from dotenv import dotenv_values

sys.stdout.write(json.dumps(dotenv_values(sys.argv[1], interpolate=False)))
