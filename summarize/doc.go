// Package summarize turns article text into ranked sentences. It is pure:
// strings in, values out, no I/O.
//
//   - Clean finds the article in pasted page text: title, outlet, wire agency,
//     publication date, dateline and the body without page furniture.
//   - Split segments text into sentences with byte offsets.
//   - Rank scores sentences; Select picks redundancy-aware key points and
//     BLUF the bottom-line sentence.
package summarize
