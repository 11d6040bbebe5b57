#pragma once

#include <cstdio>

#include "app/check.h"

namespace crosscheck::app {

// `crosscheck lsp`: a Language Server (JSON-RPC 2.0 over `in`/`out`, each message framed by a
// Content-Length header, as the Language Server Protocol 3.17 specifies) for claim files, over a
// corpus held in memory (app/workspace.h). It publishes each claim file's input problems and the
// findings its claims take part in as diagnostics (a contradiction an error, with the other
// claims as related information), answers hovers with how a claim's value is read, and completes
// entity, property and unit ids from the catalogue. An edit re-checks only the pieces it
// touches. `log` (standard error) gets one line per check. Returns the process's exit code: 0
// after `shutdown` then `exit`, 1 when the input ends or `exit` comes without `shutdown`.
int RunLanguageServer(CheckOptions options, std::FILE* in, std::FILE* out, std::FILE* log);

}  // namespace crosscheck::app
