'use strict';
const xml2js = require('xml2js');
const xml = '<root a="1"><item id="x">one</item><item id="y">two &amp; three</item><empty/></root>';
xml2js.parseString(xml, (err, result) => {
  console.log(err, JSON.stringify(result));
  const builder = new xml2js.Builder({ headless: true, renderOpts: { pretty: true, indent: '  ', newline: '\n' } });
  console.log(builder.buildObject({ doc: { $: { v: '2' }, title: 'nodus', list: { n: [1, 2] } } }));
  xml2js.parseStringPromise('<a><b>1</b></a>', { explicitArray: false }).then((r) => console.log('promise', r));
  xml2js.parseString('<bad', (e) => console.log('error', e && e.message.split('\n')[0]));
});
