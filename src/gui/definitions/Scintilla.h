#pragma once

// QScintilla's headers use Qt's `signals` and `slots` keywords, which this project turns off
// (QT_NO_KEYWORDS); they are mapped for these headers only. Include QScintilla through here.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#include <Qsci/qscilexeryaml.h>
#include <Qsci/qsciscintilla.h>
#undef slots
#undef signals
