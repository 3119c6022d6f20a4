/**
 * What a snippet run may spend (steps, time, array bytes, int, str and list sizes, output) and the meter that
 * refuses more: the layer that lets one hostile snippet cost only itself.
 */
package dev.ndgrade.limits;
