'use client';
import { createContext, useContext } from 'react';

/** The connection the board maps against, for the few field inputs that read more of its metadata (users). */
export const MappingConnection = createContext('');

export function useMappingConnection(): string {
  return useContext(MappingConnection);
}
