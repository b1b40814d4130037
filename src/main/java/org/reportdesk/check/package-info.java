/**
 * Preflight: rules over a {@link org.reportdesk.model.Report} producing
 * {@link org.reportdesk.check.Finding}s, with safe {@link org.reportdesk.check.QuickFix}es.
 *
 * <p>Entry points: {@link org.reportdesk.check.Preflight#check} (full check),
 * {@link org.reportdesk.check.IncrementalChecker#check} (live checking on a
 * {@link org.reportdesk.model.Report#copy snapshot}), {@link org.reportdesk.check.QuickFixes#apply}.
 *
 * <p>Rule ids (severity; quick fix):
 * <ul>
 * <li>{@code placeholder.marker} xx, XX, x所, *, □, ××, ＿＿, 某某 (error); {@code placeholder.year} 20xx年,
 *     xxxx年, 20_年 (error); {@code placeholder.blank} 【数字】 (error)</li>
 * <li>{@code field.unfilled} {{字段}} (error; fix when the report has the value)</li>
 * <li>{@code numbering.handLabel} label typed into a heading (error; fix: remove);
 *     {@code numbering.tooDeep} fifth level (error); {@code numbering.skipped|repeated|backwards} typed
 *     1. 2. 4. at paragraph starts (warning; fix when it mends the run); {@code numbering.levelSkipped}
 *     1. directly under 一、 (info); {@code numbering.sourceSkipped|sourceRepeated} a label the imported
 *     source skipped or repeated, renumbered by the import (warning)</li>
 * <li>{@code ordinal.skipped|repeated|backwards} 一是/二是 (warning; fix when it mends the run)</li>
 * <li>{@code punctuation.halfWidth} , ; : ? ! ( ) . beside Chinese (warning; fix);
 *     {@code punctuation.straightQuote} (warning; fix when quotes pair up); {@code punctuation.ellipsis}
 *     (warning; fix); {@code punctuation.unbalanced} “” 《》 （） (warning); {@code punctuation.docNumber}
 *     [2020] → 〔2020〕 (warning; fix); {@code punctuation.fullWidthAlnum} (warning; fix)</li>
 * <li>{@code year.pastDeadline} (plan sections), {@code year.heading}, {@code year.title} (warning);
 *     {@code year.thisYear} 今年（2024年） in a 2025 report (error)</li>
 * <li>{@code date.missing} (error), {@code date.signatureMissing} (warning), {@code date.format}
 *     (warning with fix, error when unreadable), {@code date.invalid} (error), {@code date.beforeYear} (warning)</li>
 * <li>{@code empty.heading}, {@code empty.section} (warning), {@code empty.title} (error)</li>
 * <li>{@code duplicate.paragraph} (warning)</li>
 * <li>{@code layout.titleTooLong}, {@code layout.dateAlone} (warning)</li>
 * </ul>
 */
package org.reportdesk.check;
