// differential
'use strict';
// util.parseEnv: node's dotenv reading (keys across a line without '=', spaces-only trimming, quotes, comments, carriage returns, an empty key ending the parse), keys in node's order
const u = require("util");
const cases = ["J\n=K", "  \n X=1", "a b=c", "\tT\t=\tv\t", "X= \"q\" tail", "X=a#b", "X=\"a#b\"", "#c=1\nY=2", "Z", "=v", "K=\n", "K= ", "W=1\nW2", "\n\nV=1", "export  E=1", "exportF=1", "A=\"x\\ny\" # c", "S='a\\nb'", "U=`a\nb`", "R=\"a\nQ=b", "b=1\na=2\nB=3", "  # x=1\nY=2", "=v\nZ=1", "K=v\r\nL=w\rM=x"];
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(u.parseEnv(c)));
for (const c of ["K=a\rb", "K=\"a\rb\"", "\rK=1", " =v\nZ=1", "export =1\nZ=1"]) console.log(JSON.stringify(c), JSON.stringify(u.parseEnv(c)));
