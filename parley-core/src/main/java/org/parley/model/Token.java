package org.parley.model;

/** One token with its character span in the article text and CoreNLP's tags. */
public record Token(int start, int end, String word, String pos, String lemma, String ner) {}
