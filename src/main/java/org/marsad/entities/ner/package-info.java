/**
 * The statistical entity recogniser: a sequence labeller over words (BIO tags for PERS, LOC,
 * ORG and MISC, as ANERcorp annotates them), trained by this project in plain Java.
 *
 * <p>{@link org.marsad.entities.ner.NerFeatures} turns the words of a sentence into hashed
 * features (word, clitic-stripped stem, affixes, shape, a window of two words each side,
 * knowledge-base classes, word clusters learned from unlabelled text by
 * {@link org.marsad.entities.ner.ClusterLearner}); {@link org.marsad.entities.ner.NerModel} holds one
 * weight row per hashed feature and decodes a sentence with Viterbi, then reads the whole document
 * again with its document stage ({@link org.marsad.entities.ner.DocumentClasses});
 * {@link org.marsad.entities.ner.NerTrainer} learns the weights as an averaged perceptron;
 * {@link org.marsad.entities.ner.Conll} reads the training data. The entity layer that merges
 * the model's names with the knowledge base is {@link org.marsad.entities.EntityRecognizer}.
 */
package org.marsad.entities.ner;
