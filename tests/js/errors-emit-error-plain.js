// differential: emit('error') without a listener: the report adds where emit was called
const E=require("events"); new E().emit("error", new Error("ee"));
