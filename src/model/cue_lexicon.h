#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/source_pos.h"
#include "model/property.h"

namespace crosscheck {

// The kinds of figure the extractor finds in article text. A cue applies to some of them: a
// founding cue to dates, a chip cue to bare counts. (The extractor has its own enum; this one
// is the catalogue's vocabulary, so the lexicon can be checked without the extractor.)
enum class FigureKind { kNumber, kPercent, kCurrency, kDate, kDuration, kAge, kCategory };

std::string_view FigureKindName(FigureKind kind);

// The figure kinds a value of `property` can be read from when a cue does not say: money from
// amounts (and bare numbers, "3 milliards"), counts and ratios from numbers, percentages from
// percentages, dates from dates, ages from ages and durations ("26 ans"), durations from
// durations, categories from the terms of their taxonomy. Empty for entities, which the
// extractor does not propose.
std::vector<FigureKind> DefaultFigureKinds(const Property& property);

// One entry of claims/catalogue/cues.yaml: words that, near a figure of one of `kinds`, say
// the figure is a value of `property`, for a subject of one of `subject_types` (any when empty).
struct Cue {
  std::string property;
  std::vector<FigureKind> kinds;
  std::vector<std::string> subject_types;
  // The subject when the sentence names none of a fitting type: for things articles describe
  // without naming ("le krach", "la réunion" -> the catalogue's event). "" when none.
  std::string subject;
  // Words the article must use somewhere for the cue to count at all (either language): a
  // lift-off dates a flight, the first one only in an article that speaks of a first flight.
  // Empty: the cue always counts.
  std::vector<std::string> only_with;
  // Those of the cue's words that are also everyday words ("power", "capacity", «ouvert»): a
  // figure one of them cues is low confidence, since the sentence may not be about the
  // property at all ("in his capacity as chairman", «il a ouvert le débat»).
  std::vector<std::string> everyday;
  // Words as written in the file; a trailing '*' matches any ending ("cofond*").
  std::vector<std::string> french;
  std::vector<std::string> english;
  SourcePos pos;

  const std::vector<std::string>& Words(bool english_text) const {
    return english_text ? english : french;
  }
  bool Accepts(FigureKind kind) const;
  bool AcceptsSubjectType(std::string_view type) const;
};

// The cue words the extractor uses to attach figures to properties (docs/extraction.md).
struct CueLexicon {
  std::vector<Cue> cues;
  std::string path;  // where it was read from, for messages and notes
};

}  // namespace crosscheck
