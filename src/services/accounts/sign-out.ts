// Signing out: this session, or every session of the user (sign out everywhere).
import { deleteSession, deleteSessionsOf, type AimsDatabase } from '../../store/index.ts';

export const signOut = (db: AimsDatabase, sessionIdHash: string): Promise<void> => deleteSession(db, sessionIdHash);

export const signOutEverywhere = (db: AimsDatabase, userId: string): Promise<number> => deleteSessionsOf(db, userId);
