// differential
import '../fixtures/esm/typemod';
