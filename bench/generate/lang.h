#pragma once

namespace bench {

enum class Lang { kFr, kEn };

}  // namespace bench
