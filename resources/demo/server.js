// Acme Orders API: reads its configuration from the environment (see .env.example).
require('dotenv').config();
const http = require('http');

const port = Number(process.env.PORT || 3000);
http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ service: 'acme-orders', env: process.env.NODE_ENV }));
}).listen(port);
