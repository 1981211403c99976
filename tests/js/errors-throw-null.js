// differential: throw null / undefined-like values print the value and the hint
throw null;
