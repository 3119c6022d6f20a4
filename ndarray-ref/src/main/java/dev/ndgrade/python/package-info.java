/** The NumPy-snippet interpreter's public face: sessions, transcripts, and the one-call {@link dev.ndgrade.python.Eval}. */
package dev.ndgrade.python;
