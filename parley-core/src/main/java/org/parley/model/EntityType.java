package org.parley.model;

import java.util.Locale;

/** Kinds of named things Parley tracks. */
public enum EntityType {
  PERSON,
  ORG,
  PLACE,
  EVENT,
  DOCUMENT,
  MISC;

  /** Maps a CoreNLP NER tag to our type; null for tags we do not keep (dates, numbers, O). */
  public static EntityType fromNer(String tag) {
    if (tag == null) {
      return null;
    }
    switch (tag.toUpperCase(Locale.ROOT)) {
      case "PERSON":
        return PERSON;
      case "ORGANIZATION":
      case "ORG":
        return ORG;
      case "LOCATION":
      case "CITY":
      case "COUNTRY":
      case "STATE_OR_PROVINCE":
      case "PLACE":
        return PLACE;
      case "MISC":
        return MISC;
      default:
        return null;
    }
  }
}
