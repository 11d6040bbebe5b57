#pragma once

#include <fmt/format.h>

#include <compare>
#include <string>

namespace crosscheck::encode {

enum class VarKind { kQuantity, kDate, kDuration, kCategory, kPublication };

// What a shared variable stands for, built once where the variable is made and looked up by
// value: the encoder's catalogue laws find "the same subject's other property" by building a
// key of fields, never by formatting and re-reading text.
struct VarKey {
  VarKind kind = VarKind::kQuantity;
  std::string subject;   // an entity id (a claim id for one value of a multi-valued date); the
                         // article id for a publication
  std::string property;  // "" for a publication
  std::string period;    // time-indexed quantities and categories: the period they hold for

  auto operator<=>(const VarKey&) const = default;
};

}  // namespace crosscheck::encode

// The key as finding ids hash it ("q:deepseek.training_cost@current",
// "d:deepseek-r1.release_date", "p:lemonde-1"): ids must not move, so neither may this text.
template <>
struct fmt::formatter<crosscheck::encode::VarKey> {
  constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }
  auto format(const crosscheck::encode::VarKey& k, fmt::format_context& ctx) const {
    using crosscheck::encode::VarKind;
    switch (k.kind) {
      case VarKind::kQuantity:
        return fmt::format_to(ctx.out(), "q:{}.{}@{}", k.subject, k.property, k.period);
      case VarKind::kDate:
        return fmt::format_to(ctx.out(), "d:{}.{}", k.subject, k.property);
      case VarKind::kDuration:
        return fmt::format_to(ctx.out(), "t:{}.{}", k.subject, k.property);
      case VarKind::kCategory:
        return fmt::format_to(ctx.out(), "c:{}.{}@{}", k.subject, k.property, k.period);
      case VarKind::kPublication:
        return fmt::format_to(ctx.out(), "p:{}", k.subject);
    }
    return ctx.out();
  }
};
