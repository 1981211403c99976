// differential: node prints an empty line for a thrown symbol
throw Symbol('sym');
