package dev.quire.web;

/** The controllers the route table binds, built once by {@link WebApp}. */
record Controllers(
    DailyPageController dailyPage,
    PaperPageController paperPage,
    OrganizationPageController organizationPage,
    DailyPapersApiController dailyPapersApi,
    PaperApiController paperApi,
    AtomFeedController atomFeed,
    SubmissionController submission,
    SubscriptionController subscription,
    MailAdminController mailAdmin) {}
