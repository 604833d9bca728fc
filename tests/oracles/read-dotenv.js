// Reads a dotenv file with the real npm `dotenv` package and prints what it parsed as JSON on stdout.
// Usage: node read-dotenv.js FILE
const fs = require('fs');
const dotenv = require('dotenv');
process.stdout.write(JSON.stringify(dotenv.parse(fs.readFileSync(process.argv[2]))));
