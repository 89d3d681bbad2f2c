/**
 * YAML and JSON read into a tree whose nodes know their line and column, for validation
 * messages that point at the problem. Parsing is Jackson's; only the located tree is ours.
 */
package dev.fleetcast.formats.yaml;
