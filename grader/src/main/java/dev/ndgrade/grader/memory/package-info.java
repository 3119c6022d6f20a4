/** What memory looks like after a question: names, array objects and buffers, as plain data for reports. */
package dev.ndgrade.grader.memory;
