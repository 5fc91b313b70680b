/**
 * Text that comes from outside the platform (protocol values, API bodies and parameters, imported
 * files), read with bounded work: numbers screened by their text before any arithmetic ({@link
 * cn.nhjc.province.platform.input.NumberText}), and input quoted in refusals at a bounded length
 * ({@link cn.nhjc.province.platform.input.Quote}).
 */
package cn.nhjc.province.platform.input;
