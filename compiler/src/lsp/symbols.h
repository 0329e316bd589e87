#pragma once

// What the cursor is on, for hover, definition and references.

#include "lsp/view.h"
#include "model/dose_value.h"

namespace contentc::lsp {

/// What the cursor is on, for hover, definition and references.
struct Symbol {
  enum class Kind { kNone, kId, kRef, kCite, kDose };
  Kind kind = Kind::kNone;
  const Text* text = nullptr;   ///< the id or reference
  const Entry* entry = nullptr; ///< kId: the entry; else the entry holding the symbol
  const Cite* cite = nullptr;
  const Dose* dose = nullptr;
  DoseField field = DoseField::kReps;
};

/// The symbol at `at` in file `file`, or one of kind kNone.
Symbol symbol_at(const View& v, uint32_t file, const Loc& at);

}  // namespace contentc::lsp
