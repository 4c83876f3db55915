package dev.quire.web;

/** The controllers the route table binds, built once by {@link WebApp}. */
record Controllers(
    DailyPageController dailyPage,
    PaperPageController paperPage,
    OrganizationPageController organizationPage,
    DailyPapersApiController dailyPapersApi,
    PaperApiController paperApi,
    AtomFeedController atomFeed,
    SearchPageController searchPage,
    SearchApiController searchApi,
    SearchFeedController searchFeed) {}
