#pragma once

#include "services/ServiceContext.h"

#include <QString>

#include <memory>

namespace aicet::services {

/// A program's services over one database: the store, a clock (the system's unless one is
/// given), a bank catalog and the system's random source, bundled as the context every use case
/// takes.
class Services
{
public:
    /// Opens the database at `location` (see store::Store::open); nullptr with `error` on failure.
    /// `clock`, when given, is not owned and must outlive the services.
    static std::unique_ptr<Services> open(
        const QString &location, const QString &actor, QString *error, const Clock *clock = nullptr);

    ServiceContext &context() { return m_context; }
    store::Store &store() { return *m_store; }
    BankCatalog &banks() { return m_banks; }

private:
    Services(std::unique_ptr<store::Store> store, const Clock *clock, const QString &actor);
    std::unique_ptr<store::Store> m_store;
    SystemClock m_systemClock;
    BankCatalog m_banks;
    SystemRandom m_random;
    ServiceContext m_context;
};

} // namespace aicet::services
