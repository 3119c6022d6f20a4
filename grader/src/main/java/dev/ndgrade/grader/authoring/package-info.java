/**
 * Tools for exercise authors: lint an exercise bank, show keys, write skeletons, and check keys
 * against real CPython + NumPy.
 */
package dev.ndgrade.grader.authoring;
