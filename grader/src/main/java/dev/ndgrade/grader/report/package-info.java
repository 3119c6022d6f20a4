/** Self-contained HTML reports (Thymeleaf templates from {@code templates/}) with SVG memory diagrams. */
package dev.ndgrade.grader.report;
