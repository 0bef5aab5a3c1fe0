/**
 * The regression corpus: folders of histories under {@code histories/}, each with an
 * {@code EXPECTED.tsv} naming every history's model, initial value and verdict. Tests assert
 * every verdict; {@code ballot bench} times the whole corpus.
 */
package dev.ballot.corpus;
