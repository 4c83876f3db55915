package dev.quire.web;

/** The controllers the route table binds, built once by {@link WebApp}. */
record Controllers(
    DailyPageController dailyPage,
    TrendingPageController trendingPage,
    PaperPageController paperPage,
    OrganizationPageController organizationPage,
    DailyPapersApiController dailyPapersApi,
    PaperApiController paperApi,
    AtomFeedController atomFeed,
    SubmissionController submission,
    AccountPageController accountPages,
    SettingsController settings,
    VoteController votes,
    CommentController comments,
    CollectionController collections,
    OrganizationAdminController organizationAdmin,
    SearchPageController searchPage,
    SearchApiController searchApi,
    SearchFeedController searchFeed,
    SubscriptionController subscription,
    MailAdminController mailAdmin,
    ForYouPageController forYou,
    FollowController follows,
    InboxController inbox,
    PersonalFeedController personalFeeds) {}
