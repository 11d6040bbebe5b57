#include "parse/value_parser.h"

#include <fmt/format.h>

#include "parse/date_parser.h"
#include "parse/quantity_parser.h"

namespace crosscheck::parse {
namespace {

template <typename T>
Result<Value> Wrap(Result<T> r) {
  if (!r.ok()) return r.error();
  return Value(std::move(r).value());
}

}  // namespace

std::string DescribeKind(const Property& property) {
  switch (property.kind) {
    case ValueKind::kQuantity:
      return fmt::format("a quantity of {}", DimensionName(property.dimension));
    case ValueKind::kDate:
      return "a date";
    case ValueKind::kAge:
      return "an age";
    case ValueKind::kDuration:
      return "a duration";
    case ValueKind::kCategory:
      return fmt::format("a category of '{}'", property.taxonomy);
    case ValueKind::kEntity:
      return "an entity";
  }
  return "a value";
}

Result<Value> ParseValue(std::string_view text, const Property& property, Language lang,
                         const Catalogue& catalogue) {
  switch (property.kind) {
    case ValueKind::kQuantity:
      return Wrap(ParseQuantity(text, lang, catalogue, property.dimension));
    case ValueKind::kDate:
      return Wrap(ParseDate(text, lang));
    case ValueKind::kAge:
      return Wrap(ParseAge(text, lang));
    case ValueKind::kDuration:
      return Wrap(ParseDuration(text, lang));
    case ValueKind::kCategory: {
      const Taxonomy* taxonomy = catalogue.FindTaxonomy(property.taxonomy);
      if (!taxonomy) return ParseError{fmt::format("unknown taxonomy '{}'", property.taxonomy), 0};
      std::string node = catalogue.FindCategory(*taxonomy, text);
      if (node.empty()) {
        return ParseError{fmt::format("'{}' is not a value of taxonomy '{}'", text, taxonomy->id),
                          0};
      }
      return Value(CategoryValue{node});
    }
    case ValueKind::kEntity: {
      const Entity* e = catalogue.FindEntity(text);
      if (!e) return ParseError{fmt::format("unknown entity '{}'", text), 0};
      return Value(EntityValue{e->id});
    }
  }
  return ParseError{"unknown value kind", 0};
}

}  // namespace crosscheck::parse
