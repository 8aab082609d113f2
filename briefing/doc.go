// Package briefing turns a cleaned article and its ranked sentences into a
// Briefing (BLUF, key points, key quotes, timeline, actors and topics) and
// renders it as text, markdown or JSON. It does no I/O of its own: Render
// writes to the io.Writer it is given, and the optional LLM pass reaches its
// model only through the Rewriter interface.
package briefing
