"""Pure pipeline steps: compile → link → wasm2c → glue. Inputs in, files out."""
