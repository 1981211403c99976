wrk.method = "POST"
wrk.body   = '{"name":"nodus","items":[1,2,3,4,5],"nested":{"a":"b","c":[true,false,null]}}'
wrk.headers["Content-Type"] = "application/json"
