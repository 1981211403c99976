// differential: a thrown plain object is inspected, without the --trace-uncaught hint
throw { reason: 'bad', nested: { n: 1 } };
