/**
 * Seed 002, the real proposal form (translated from Danish, shortened where the form runs long).
 * The form's "Fremsat af" is empty; the council itself is recorded as the proposer.
 */
export const SEED_002 = {
  title: 'A cross-sectoral unit for the most socially marginalised citizens',
  proposedBy: 'Udsatterådet',
  problem:
    'Socially marginalised citizens and citizens with mental illness and concurrent substance abuse need a holistic effort and treatment.',
  solution:
    'Continue establishing a cross-sectoral unit with the City of Copenhagen on the basis of model 2 (case of 27 April 2022), supporting ongoing efforts and staff; consider care packages for citizens with mental illness and concurrent abuse.',
  financingArea: 'health-fund' as const,
  // "Mio. kr. 2023 2024 2025 2026": salary 1,8 each year, other operations 0,1, establishment 0,1
  // in 2023 only, 2,5 full-time equivalents; "Samlet udgift 2,0 1,9 1,9 1,9".
  costs: [
    { year: 2023, salary: 1.8, operations: 0.1, establishment: 0.1, fte: 2.5 },
    { year: 2024, salary: 1.8, operations: 0.1, establishment: 0, fte: 2.5 },
    { year: 2025, salary: 1.8, operations: 0.1, establishment: 0, fte: 2.5 },
    { year: 2026, salary: 1.8, operations: 0.1, establishment: 0, fte: 2.5 },
  ],
  agreementText:
    'The most socially marginalised people are sicker and die far earlier than others. Together with the City of Copenhagen we now establish a unit without an address, on the principle that "no door is the wrong door".',
  sdgs: [3, 10],
  remarks:
    'Building on the budget agreements for 2021 and 2022 the region works with the City of Copenhagen on a cross-sectoral unit. The administration notes overlaps with the proposals on the psychiatric street team and on a general-practice function in the Flex clinic at Bispebjerg Hospital.',
};

/** Seed 000: Social- og psykiatriudvalget's calendar for budget 2023. */
export const COMMITTEE = 'Social- og psykiatriudvalget';
export const CALENDAR_2022 = {
  firstDiscussion: '2022-03-30T15:00:00+02:00',
  prioritisation: '2022-04-27T15:00:00+02:00',
  finalApproval: '2022-05-25T15:00:00+02:00',
};
