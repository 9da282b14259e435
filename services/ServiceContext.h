#pragma once

#include "services/BankCatalog.h"
#include "services/Clock.h"
#include "store/Store.h"

#include <QString>

namespace aicet::services {

/// What every use case works with, injected: the database, the time, the banks, randomness, and
/// who is acting (recorded in the audit log). None of it is owned; all of it must outlive the
/// services that use it.
struct ServiceContext
{
    store::Store &store;
    const Clock &clock;
    BankCatalog &banks;
    RandomSource &random;
    QString actor; ///< "cli", "aicet" (the pupil's window), a staff member's name…
};

} // namespace aicet::services
