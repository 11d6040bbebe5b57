#pragma once

namespace crosscheck {

// How to read implied precision (docs/semantics.md): exact values, half a unit in the last digit
// (the default), or a full unit. The lenient mode also widens vague relative dates ("il y a une
// petite semaine" by a day either side, "il y a N ans" by a year either side).
enum class PrecisionMode { kStrict, kDefault, kLenient };

}  // namespace crosscheck
