/**
 * Runs untrusted Java for implement exercises: reads a submission, compiles it with {@code javax.tools},
 * refuses bytecode that reaches beyond what a view exercise needs (ASM scan), and tests it in a pool of worker
 * JVMs with memory, time and output limits, each recycled after any fault.
 */
package dev.ndgrade.grader.sandbox;
