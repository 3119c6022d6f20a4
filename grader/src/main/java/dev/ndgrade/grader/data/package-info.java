/** Reads YAML and JSON files into small located trees, bounded against hostile input. */
package dev.ndgrade.grader.data;
