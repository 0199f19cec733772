#pragma once
// Stage: annotation -> TempEval-3-style TimeML: the text unchanged but for XML escaping, TIMEX3 tags at the
// timex spans, the DCT as t0.

#include <string>

#include "chronograph/model.hpp"

namespace chronograph {

std::string to_timeml(const Annotation& annotation);

}  // namespace chronograph
