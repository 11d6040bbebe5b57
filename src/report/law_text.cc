#include "report/law_text.h"

#include "common/strings.h"

fmt::format_context::iterator fmt::formatter<crosscheck::Law>::format(
    const crosscheck::Law& law, fmt::format_context& ctx) const {
  using crosscheck::LawKind;
  auto out = ctx.out();
  switch (law.kind) {
    case LawKind::kPublication:
      return fmt::format_to(out, "publication of {} between {} and {}", law.subject,
                            crosscheck::FormatDay(law.days.from),
                            crosscheck::FormatDay(law.days.to));
    case LawKind::kTaxonomy:
      return fmt::format_to(out, "structure of taxonomy '{}'", law.taxonomy);
    case LawKind::kAtMost:
      return fmt::format_to(out, "{} is at most {}", law.property, law.other_property);
    case LawKind::kBeforePartOf:
      return fmt::format_to(out, "{} of {} comes before {} of {}", law.property, law.subject,
                            law.other_property, law.other_subject);
    case LawKind::kNotBeforeVia:
      return fmt::format_to(out, "{} of {} is not before {} of {} when {} is {}", law.property,
                            law.subject, law.other_property, law.other_subject, law.via_property,
                            law.via_node);
    case LawKind::kPartAtMostWhole:
      return fmt::format_to(out,
                            "a part is at most its whole: {} of {} is at most {} of {} ({} is part "
                            "of {})",
                            law.property, law.subject, law.other_property, law.other_subject,
                            law.subject, law.other_subject);
    case LawKind::kPartsDoNotOverlap:
      return fmt::format_to(out,
                            "parts of one whole do not overlap: {} of {} together are at most {} "
                            "of {}",
                            law.property, crosscheck::Join(law.parts, " + "), law.other_property,
                            law.other_subject);
  }
  return out;
}
