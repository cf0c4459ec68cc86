import { describe, expect, it } from 'vitest';
import { initialsOf, uniqueInitials } from '../../src/domain/initials.js';

describe('initialsOf', () => {
  it.each([
    ['Brian Boxall', 'BB'],
    ['Prof Jenny Pearce', 'JP'],
    ['Dr. Ann Smith', 'AS'],
    ['Korkor Ceasar', 'KC'],
    ['Mary-Jane Watson', 'MJW'],
    ['Ludwig van Beethoven', 'LB'],
    ['Cher', 'C'],
    ['élodie Durand', 'ÉD'],
  ])('%s → %s', (name, expected) => {
    expect(initialsOf(name)).toBe(expected);
  });
});

describe('uniqueInitials', () => {
  it.each([
    ['Brian Boxall', [], 'BB'],
    ['Brian Boxall', ['BB'], 'BBO'],
    ['Brian Boxall', ['BB', 'BBO'], 'BB2'],
    ['Brian Boxall', ['BB', 'BBO', 'BB2'], 'BB3'],
  ])('%s with %j taken → %s', (name, taken, expected) => {
    expect(uniqueInitials(name, new Set(taken))).toBe(expected);
  });
});
